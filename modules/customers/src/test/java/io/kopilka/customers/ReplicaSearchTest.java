package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kopilka.db.ReplicaReads;
import io.kopilka.db.Tables;
import io.kopilka.db.replica.LocalTestDatabase;
import io.kopilka.db.replica.ReplicaAutoConfiguration;
import io.kopilka.db.replica.ReplicaPool;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consultants' search with a replica configured: primary and "replica" are two databases of their own on the local
 * MariaDB server, the second migrated alike but never replicated into, so what the search finds shows which one it read.
 */
@DirtiesContext
class ReplicaSearchTest extends CustomersIntegrationTest {

    private static final LocalTestDatabase PRIMARY = LocalTestDatabase.empty("kopilka_test_customers_primary");
    private static final LocalTestDatabase REPLICA = LocalTestDatabase.migrated("kopilka_test_customers_replica");

    @Autowired
    @ReplicaReads
    DSLContext replica;

    @Autowired
    ReplicaPool replicaPool;

    @Autowired
    DataSource primaryPool;

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        LocalTestDatabase.register(registry, PRIMARY, REPLICA);
    }

    @AfterAll
    static void dropDatabases() {
        REPLICA.drop();
        PRIMARY.drop();
    }

    @Test
    void theSearchFindsAPersonWhoIsOnlyInTheReplica() {
        String phone = newPhone();
        REPLICA.update("INSERT INTO customer (id, phone, first_name, last_name, card_number, tier_code, registered_at)"
                + " VALUES (?, ?, 'Вера', 'Репликова', '2999000000017', 'START', ?)", 42L, phone, LocalDateTime.now());

        assertThat(customers.search("Репликова", 10)).singleElement()
                .satisfies(vera -> assertThat(vera.phone()).isEqualTo(phone));
        assertThat(customers.findByPhone(phone)).as("exact lookups read the primary").isEmpty();
    }

    @Test
    void aPersonJustRegisteredIsFoundByPhoneBeforeTheReplicaHasThemInTheSearch() {
        String phone = newPhone();
        Customer lev = customers.register(NewCustomer.withPhone(phone).withNames("Лев", "Первичный"));

        assertThat(customers.search("Первичный", 10)).as("the replica has not caught up").isEmpty();
        assertThat(customers.findByPhone(phone)).contains(lev);
        assertThat(customers.findByCardNumber(lev.cardNumber())).contains(lev);
    }

    @Test
    void theReplicaPoolIsSmallReadOnlyAndNamedApartFromThePrimary() {
        assertThat(replicaPool.dataSource().getPoolName()).isEqualTo(ReplicaAutoConfiguration.POOL_NAME);
        assertThat(replicaPool.dataSource().isReadOnly()).isTrue();
        assertThat(replicaPool.dataSource().getMaximumPoolSize()).isLessThanOrEqualTo(4);
        assertThat(primaryPool).as("the DataSource everything else gets").isNotSameAs(replicaPool.dataSource());
    }

    @Test
    void aWriteThroughTheReplicaIsRefusedByTheDriverAndTheServer() {
        assertThatThrownBy(() -> replica.update(Tables.CUSTOMER).set(Tables.CUSTOMER.FIRST_NAME, "Никто").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("read-only");
        // Whatever the driver lets through, the server's session is read-only too.
        String flag = replica.dialect() == SQLDialect.MARIADB ? "tx_read_only" : "transaction_read_only";
        assertThat(replica.fetchSingle("SELECT @@session." + flag).get(0, Integer.class)).isEqualTo(1);
    }
}
