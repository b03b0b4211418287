package io.kopilka.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.db.ReplicaReads;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchWithoutReplicaTest extends CustomersIntegrationTest {

    @Autowired
    @ReplicaReads
    DSLContext replicaReads;

    @Autowired
    DSLContext primary;

    @Test
    void withoutAReplicaTheSearchReadsThePrimaryAndFindsAPersonRegisteredAMomentAgo() {
        Customer ilya = customers.register(NewCustomer.withPhone(newPhone()).withNames("Илья", "Безреплики"));

        assertThat(replicaReads).isSameAs(primary);
        assertThat(customers.search("Безреплики", 10)).containsExactly(ilya);
    }
}
