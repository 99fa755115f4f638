package io.accord.extraction;

import io.accord.model.Plover;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CAMEO code and PLOVER event/context for an agreement of a given status and subject matter, through the
 * CAMEO→PLOVER table of openeventdata/PLOVER (CC BY-SA 4.0) shipped as {@code accord/cameo2plover.txt}.
 */
final class Coding {

    record Code(String cameo, Plover plover) {}

    private static final Pattern MILITARY = Pattern.compile(
            "(?i)\\b(arms|weapons?|defen[cs]e|military|troops|missiles?|army|navy|air force|warships?|fighter jets?|tanks?|munitions|ammunition|security cooperation|armed forces|submarines?|helicopters?|drones?)\\b");
    private static final Pattern ECONOMIC = Pattern.compile(
            "(?i)\\b(trade|investment|invest|economic|gas|oil|energy|tariffs?|business|supply|supplies|purchase|acquisition|merger|company|companies|commercial|export|import|loan|bank|financ\\w*|market|billion|million|contract|pipeline|currency|tax)\\b");
    private static final Pattern LEGAL =
            Pattern.compile("(?i)\\b(extradition|judicial|legal assistance|law enforcement|court)\\b");
    private static final Pattern INTELLIGENCE = Pattern.compile("(?i)\\b(intelligence)\\b");
    private static final Pattern CEASEFIRE =
            Pattern.compile("(?i)\\b(ceasefire|cease-fire|truce|armistice|de-escalat\\w*)\\b");

    private final Map<String, Plover> table = new HashMap<>();

    Coding() {
        try (InputStream in = Coding.class.getResourceAsStream("/accord/cameo2plover.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || !line.contains(":")) {
                    continue;
                }
                String code = line.substring(0, line.indexOf(':')).strip();
                String[] f =
                        line.substring(line.indexOf(':') + 1).split("#", 2)[0].split(",", -1);
                String event = f[0].strip();
                String mode = f.length > 1 && !f[1].isBlank() ? f[1].strip() : null;
                String context = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
                table.putIfAbsent(code, new Plover(event, mode, context));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String context(String text) {
        if (CEASEFIRE.matcher(text).find() || MILITARY.matcher(text).find()) {
            return "military";
        }
        if (INTELLIGENCE.matcher(text).find()) {
            return "intelligence";
        }
        if (LEGAL.matcher(text).find()) {
            return "legal";
        }
        if (ECONOMIC.matcher(text).find()) {
            return "economic";
        }
        return null;
    }

    Code code(String status, String text) {
        String context = context(text);
        boolean ceasefire = CEASEFIRE.matcher(text).find();
        String cameo = switch (status) {
            case "signed" -> "057";
            case "negotiating" -> "046";
            case "rejected" -> context == null ? "120" : "121" + suffix(context);
            case "suspended" -> "160";
            default -> ceasefire ? "0356" : context == null ? "030" : "031" + suffix(context);
        };
        cameo = cameo.endsWith("null") ? cameo.substring(0, cameo.length() - 4) : cameo;
        Plover p = table.getOrDefault(cameo, new Plover("AGREE", null, null));
        return new Code(cameo, new Plover(p.event(), p.mode(), context != null ? context : p.context()));
    }

    private static String suffix(String context) {
        return switch (context) {
            case "economic" -> "1";
            case "military" -> "2";
            case "legal" -> "3";
            case "intelligence" -> "4";
            default -> "null";
        };
    }
}
