package io.kopilka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the Kopilka portal: the cabinets, the back office, the processing API and the scheduled jobs. */
@SpringBootApplication
@Modulithic(systemName = "Kopilka", sharedModules = "db")
@EnableScheduling
public class KopilkaApplication {

    public static void main(String[] args) {
        SpringApplication.run(KopilkaApplication.class, args);
    }
}
