package io.kopilka.web.api.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void personalValuesAreMaskedAtAnyDepthKeepingEnoughToRecogniseThem() {
        JsonNode tree = json.readTree("""
                {"phone":"+79123456701","email":"Olga@Example.com","firstName":"Ольга","lastName":"Иванова",
                 "birthDate":"1990-04-05","customer":{"cardNumber":"2000123456784321","customerId":17},
                 "buyers":[{"phone":79123456702}],"network":"gadgets"}""");

        PersonalData.mask(tree);

        assertThat(json.writeValueAsString(tree)).isEqualTo("{\"phone\":\"+7********01\",\"email\":\"O***@Example.com\","
                + "\"firstName\":\"О***\",\"lastName\":\"И***\",\"birthDate\":\"****-**-**\","
                + "\"customer\":{\"cardNumber\":\"************4321\",\"customerId\":17},"
                + "\"buyers\":[{\"phone\":\"*********02\"}],\"network\":\"gadgets\"}");
    }

    @Test
    void aBodyCutShortIsMaskedAsText() {
        assertThat(PersonalData.maskText("{\"phone\":\"+79123456701\",\"email\":\"olga@exam"))
                .isEqualTo("{\"phone\":\"+7********01\",\"email\":\"o***@exam");
        assertThat(PersonalData.maskText("phone=%2B79123456701&name=x")).isEqualTo("phone=+7********01&name=x");
    }

    @Test
    void personalQueryParametersAreMaskedAndTheOthersKept() {
        assertThat(PersonalData.maskQuery("phone=%2B79990000003&limit=5")).isEqualTo("phone=+7********03&limit=5");
        assertThat(PersonalData.maskQuery("email=vera%40example.com")).isEqualTo("email=v***@example.com");
        assertThat(PersonalData.maskQuery("card=2000123456784321&cursor=abc")).isEqualTo("card=************4321&cursor=abc");
    }

    @Test
    void aLoginInTheApplicationsOwnLogShowsNoPhoneOrEmailInClearButAStaffNameAsItIs() {
        assertThat(PersonalData.maskLogin("+79123456701")).isEqualTo("+7********01");
        assertThat(PersonalData.maskLogin("8 (912) 345-67-01")).isEqualTo("*********01").doesNotContain("345");
        assertThat(PersonalData.maskLogin(" olga@example.com ")).isEqualTo("o***@example.com");
        assertThat(PersonalData.maskLogin("consultant")).isEqualTo("consultant");
    }
}
