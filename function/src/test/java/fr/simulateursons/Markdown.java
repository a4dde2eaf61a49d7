package fr.simulateursons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page as {@link DocumentationTest} reads it: its prose (the lines outside fenced blocks), its fenced
 * blocks, its inline code spans, its links, and the anchors its headings get on GitHub.
 */
record Markdown(Path fichier, List<String> texte, List<Bloc> blocs) {

    /** A fenced block: its info string ({@code sh}, {@code java}, empty) and its lines. */
    record Bloc(String langage, List<String> lignes) {
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LIEN = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern TITRE = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /** What GitHub drops from a heading to make its anchor: all but letters, marks, digits, {@code _}, {@code -}, spaces. */
    private static final Pattern HORS_ANCRE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}_\\- ]");

    static Markdown lire(Path fichier) {
        List<String> lignes;
        try {
            lignes = Files.readAllLines(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texte = new ArrayList<>();
        List<Bloc> blocs = new ArrayList<>();
        List<String> bloc = null;
        String langage = null;
        for (String ligne : lignes) {
            String l = ligne.strip();
            if (l.startsWith("```")) {
                if (bloc == null) {
                    bloc = new ArrayList<>();
                    langage = l.substring(3).strip();
                } else {
                    blocs.add(new Bloc(langage, List.copyOf(bloc)));
                    bloc = null;
                }
            } else if (bloc != null) {
                bloc.add(ligne);
            } else {
                texte.add(ligne);
            }
        }
        return new Markdown(fichier, List.copyOf(texte), List.copyOf(blocs));
    }

    /** The content of every inline code span of the prose. */
    List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (String ligne : texte) {
            Matcher m = CODE.matcher(ligne);
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    /** The target of every inline link and image of the prose, code spans left out. */
    List<String> liens() {
        List<String> liens = new ArrayList<>();
        for (String ligne : texte) {
            Matcher m = LIEN.matcher(CODE.matcher(ligne).replaceAll("code"));
            while (m.find()) {
                liens.add(m.group(1));
            }
        }
        return liens;
    }

    /** The anchors of the headings, as GitHub makes them: a second heading of the same text gets {@code -1}. */
    Set<String> ancres() {
        Set<String> ancres = new TreeSet<>();
        Map<String, Integer> vues = new HashMap<>();
        for (String ligne : texte) {
            Matcher m = TITRE.matcher(ligne);
            if (m.matches()) {
                String ancre = HORS_ANCRE.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
                int n = vues.merge(ancre, 1, Integer::sum) - 1;
                ancres.add(n == 0 ? ancre : ancre + "-" + n);
            }
        }
        return ancres;
    }
}
