package fr.simulateursons.moteur.rapports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What every report does to text that comes from the file (an unexpected key's name, a numéro de référencement):
 * such text may hold any character, and must never forge a line, a tag or an attribute.
 */
public final class Textes {

    private static final char REMPLACEMENT = '\uFFFD';

    /** The attestation's and the technical documentation's style sheets, resources read once. */
    static final String STYLE_ATTESTATION = ressource("styles/attestation.css");
    public static final String STYLE_DOCUMENTATION = ressource("styles/documentation.css");

    private Textes() {
    }

    /** Control characters and lone surrogates replaced: one line of text that any encoder can write. */
    static String surUneLigne(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paire = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            boolean mauvais = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (Character.isSurrogate(c) && !paire) || c == '\uFFFE' || c == '\uFFFF';
            if (mauvais && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(mauvais ? REMPLACEMENT : c);
                if (paire) {
                    b.append(s.charAt(++i));
                }
            } else if (paire) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** For XML and HTML, text and attribute values alike, on one line. */
    static String xml(String s) {
        return html(surUneLigne(s));
    }

    /** The one escaper of the product's HTML and XML: text and attribute values alike, line breaks kept. */
    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A file name as a URI reference (RFC 3986): relative names stay relative, so that code-scanning UIs resolve
     * them against the repository; absolute ones become {@code file:} URIs.
     */
    static String uri(String fichier) {
        String chemin = fichier.replace('\\', '/');
        String prefixe = "";
        if (chemin.startsWith("/")) {
            prefixe = "file://";
        } else if (chemin.matches("[A-Za-z]:/.*")) {
            prefixe = "file:///";
        }
        StringBuilder b = new StringBuilder(prefixe);
        for (byte o : surUneLigne(chemin).getBytes(StandardCharsets.UTF_8)) {
            int c = o & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~/".indexOf(c) >= 0 || c == ':' && !prefixe.isEmpty()) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }

    /** French grouping by thousands, with the narrow no-break space of French typography, whatever the JDK's locale data. */
    static String nombre(long n) {
        String chiffres = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(n < 0 ? "-" : "");
        for (int i = 0; i < chiffres.length(); i++) {
            if (i > 0 && (chiffres.length() - i) % 3 == 0) {
                b.append('\u202F');
            }
            b.append(chiffres.charAt(i));
        }
        return b.toString();
    }

    private static String ressource(String nom) {
        try (InputStream in = Textes.class.getClassLoader().getResourceAsStream(nom)) {
            if (in == null) {
                throw new IllegalStateException("absent du jar : " + nom);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
