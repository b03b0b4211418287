package io.kopilka.e2e.support;

import io.kopilka.e2e.pages.LoginPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the end-to-end tests: the running portal and a fresh browser per test. */
public abstract class EndToEndTest {

    protected static final String PASSWORD = "demo";

    protected KopilkaProcess portal;
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        portal = KopilkaProcess.get();
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Opens the sign-in page. */
    protected LoginPage loginPage() {
        return LoginPage.open(browser.driver(), portal.baseUrl());
    }
}
