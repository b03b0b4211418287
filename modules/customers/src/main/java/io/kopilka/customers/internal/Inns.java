package io.kopilka.customers.internal;

/**
 * Russian taxpayer numbers (INN): 10 digits for an organisation, 12 for an individual entrepreneur, with the check
 * digits of the Federal Tax Service's algorithm (weighted sum mod 11, then mod 10).
 */
final class Inns {

    private static final int[] ORGANISATION = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private static final int[] ENTREPRENEUR_11TH = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private static final int[] ENTREPRENEUR_12TH = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inns() {
    }

    /** Whether the text is 10 or 12 digits; says nothing of the check digits. */
    static boolean hasInnFormat(String inn) {
        return inn.matches("\\d{10}|\\d{12}");
    }

    /** Whether a 10 or 12 digit INN has the right check digits and a region code (its first two digits) other than 00. */
    static boolean isValid(String inn) {
        if (!hasInnFormat(inn) || inn.startsWith("00")) {
            return false;
        }
        if (inn.length() == 10) {
            return checkDigit(inn, ORGANISATION) == digit(inn, 9);
        }
        return checkDigit(inn, ENTREPRENEUR_11TH) == digit(inn, 10) && checkDigit(inn, ENTREPRENEUR_12TH) == digit(inn, 11);
    }

    /** Whether the INN is an individual entrepreneur's, who has no KPP. */
    static boolean isEntrepreneur(String inn) {
        return inn.length() == 12;
    }

    private static int checkDigit(String inn, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(inn, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String inn, int index) {
        return inn.charAt(index) - '0';
    }
}
