package io.kopilka.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.identity.Accounts;
import io.kopilka.identity.ApiKeys;
import io.kopilka.identity.ApiScope;
import io.kopilka.identity.Role;
import io.kopilka.programme.Network;
import io.kopilka.programme.Programme;
import io.kopilka.programme.Region;
import io.kopilka.programme.Tier;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoProgrammeTest extends PortalIntegrationTest {

    @Autowired
    Programme programme;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    DemoProgramme demo;

    @Test
    void loadsTheNetworksRegionsAndTiersOfTheBrief() {
        assertThat(programme.networks()).extracting(Network::code)
                .containsExactlyInAnyOrder("gadgets", "home", "service", "business");
        assertThat(programme.regions()).extracting(Region::code, region -> region.minOrderForCashback().intValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("MSK", 10_000),
                        org.assertj.core.groups.Tuple.tuple("SPB", 5_000),
                        org.assertj.core.groups.Tuple.tuple("OTHER", 4_000));
        assertThat(programme.tiers()).extracting(Tier::code).containsExactly("START", "SILVER", "GOLD");
        Tier gold = programme.tiers().get(2);
        assertThat(gold.qualifyingPurchases()).isEqualByComparingTo(new BigDecimal("150000"));
        assertThat(gold.cashbackPercent()).isEqualByComparingTo("5");
        assertThat(gold.maxRedeemPercent()).isEqualByComparingTo("99");
    }

    @Test
    void loadsTheDemoPeopleWithTheirRoles() {
        assertThat(accounts.findByLogin("+79990000003")).hasValueSatisfying(
                account -> assertThat(account.roles()).containsExactly(Role.CUSTOMER));
        assertThat(accounts.findByLogin("+79990000011")).hasValueSatisfying(
                account -> assertThat(account.roles()).containsExactly(Role.B2B_BUYER));
        for (String staff : new String[] {"consultant", "marketer", "admin", "finance"}) {
            assertThat(accounts.findByLogin(staff)).hasValueSatisfying(
                    account -> assertThat(account.roles()).allMatch(Role::isStaff));
        }
    }

    @Test
    void loadsOneOrdersKeyPerNetworkAndAnOperatorKey() {
        for (String network : new String[] {"gadgets", "home", "service", "business"}) {
            assertThat(apiKeys.authenticate("demo-" + network + "-key")).hasValueSatisfying(client -> {
                assertThat(client.networkCode()).isEqualTo(network);
                assertThat(client.scope()).isEqualTo(ApiScope.ORDERS);
            });
        }
        assertThat(apiKeys.authenticate("demo-operator-key")).hasValueSatisfying(
                client -> assertThat(client.scope()).isEqualTo(ApiScope.OPERATOR));
    }

    @Test
    void loadsNothingIntoADatabaseThatAlreadyHoldsAProgramme() {
        int networks = programme.networks().size();

        demo.afterSingletonsInstantiated();

        assertThat(programme.networks()).hasSize(networks);
        assertThat(programme.tiers()).hasSize(3);
    }
}
