package io.kopilka.programme.internal;

import io.kopilka.programme.InvalidProgrammeSettingsException;
import io.kopilka.programme.ProgrammePolicies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What makes policies, regions and networks valid; field names match the back office's forms. */
final class SettingsRules {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9_]{2,32}");
    private static final Pattern NETWORK_CODE = Pattern.compile("[a-z0-9-]{2,32}");

    private SettingsRules() {
    }

    static void check(ProgrammePolicies policies) {
        fail(policies.problems());
    }

    static void checkRegion(String name, BigDecimal minimum) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(name, problems);
        if (minimum.signum() < 0 || minimum.compareTo(MAX_AMOUNT) > 0 || minimum.stripTrailingZeros().scale() > 2) {
            problems.put("minOrderForCashback", "programme.amount.range");
        }
        fail(problems);
    }

    static void checkNewRegion(String code, String name, BigDecimal minimum, boolean taken) {
        Map<String, String> problems = new LinkedHashMap<>();
        code(REGION_CODE.matcher(code).matches(), taken, "programme.region.code.format", problems);
        try {
            checkRegion(name, minimum);
        } catch (InvalidProgrammeSettingsException invalid) {
            problems.putAll(invalid.fields());
        }
        fail(problems);
    }

    static void checkNetwork(String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(name, problems);
        fail(problems);
    }

    static void checkNewNetwork(String code, String name, boolean taken) {
        Map<String, String> problems = new LinkedHashMap<>();
        code(NETWORK_CODE.matcher(code).matches(), taken, "programme.network.code.format", problems);
        name(name, problems);
        fail(problems);
    }

    /** Brands as stored: trimmed, inner spaces collapsed, blanks and case-insensitive repeats dropped, sorted. */
    static List<String> normaliseBrands(List<String> brands) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String brand : brands) {
            String clean = brand.strip().replaceAll("[\\s\u00A0\u202F]+", " ");
            if (!clean.isEmpty()) {
                byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        List<String> sorted = new ArrayList<>(byKey.values());
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(sorted);
    }

    private static void code(boolean wellFormed, boolean taken, String format, Map<String, String> problems) {
        if (!wellFormed) {
            problems.put("code", format);
        } else if (taken) {
            problems.put("code", "programme.code.taken");
        }
    }

    private static void name(String name, Map<String, String> problems) {
        if (name.isBlank()) {
            problems.put("name", "programme.name.required");
        } else if (name.strip().length() > 200) {
            problems.put("name", "programme.name.tooLong");
        }
    }

    private static void fail(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidProgrammeSettingsException(problems);
        }
    }
}
