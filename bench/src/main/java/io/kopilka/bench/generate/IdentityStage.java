package io.kopilka.bench.generate;

/**
 * A sign-in account per person (login = phone, as the sign-up writes it): every tenth person (number ending in 1)
 * has the demo password {@code demo}, so a benchmark can sign in as many of them; the others a password nobody knows.
 */
final class IdentityStage implements Stage {

    private final String demoPasswordHash;
    private final String unknownPasswordHash;

    IdentityStage(String demoPasswordHash, String unknownPasswordHash) {
        this.demoPasswordHash = demoPasswordHash;
        this.unknownPasswordHash = unknownPasswordHash;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public void run(Sql sql, Scale scale) {
        Stage.inChunks(scale.customers(), scale.chunk(), (from, to) -> {
            sql.run("INSERT INTO user_account (id, login, password_hash, display_name) SELECT " + Scale.ACCOUNT_ID
                    + " + seq, " + People.phone("seq") + ", IF(seq % 10 = 1, '" + demoPasswordHash + "', '"
                    + unknownPasswordHash + "'), CONCAT(" + People.firstName("seq") + ", ' ', " + People.lastName("seq")
                    + ") FROM seq_" + from + "_to_" + to);
            sql.run("INSERT INTO user_role (user_id, role) SELECT " + Scale.ACCOUNT_ID + " + seq, IF("
                    + People.buyer("seq") + ", 'B2B_BUYER', 'CUSTOMER') FROM seq_" + from + "_to_" + to);
        });
    }
}
