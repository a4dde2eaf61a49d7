package fr.simulateursons;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the pages of {@code docs/} are what a newcomer reads first. The README stays short and leads to
 * every page; no page sends its reader to nothing (a link, a heading, a repository path, a test or a class that does
 * not exist) or to a document the repository does not hold; the library's example is the one the build compiles.
 * Paths in code spans are written from the repository's root; a path into the engine's resources written without
 * its module ({@code schemas/ressources/…}) is refused, since it leads nowhere from the root.
 */
class DocumentationTest {

    private static final Path RACINE = Path.of("..").toAbsolutePath().normalize();
    private static final int LIGNES_MAX_README = 250;
    /** Build outputs and caches: named by the pages, never in a clone. */
    private static final Set<String> PRODUITS = Set.of("target", ".cifuzz-corpus");
    /** What marks a span as a pattern or a placeholder, not one path. */
    private static final Pattern GABARIT = Pattern.compile("[*<>…{}\\[\\]$|]");
    private static final Pattern EXTENSION = Pattern.compile(".*\\.[a-z]{2,5}$");
    private static final Pattern CLASSE_DE_TEST = Pattern.compile("([A-Z]\\w*(?:Test|IT))(?:#\\w+)?");
    private static final Pattern CLASSE_QUALIFIEE = Pattern.compile("(fr\\.simulateursons(?:\\.\\w+)+)(?:::\\w+)?");
    /** A citation of a document the repository does not hold: the product's specification, its sections. */
    private static final Pattern DOCUMENT_ABSENT = Pattern.compile("§|(?i)\\bspec(?:ification)?\\b");
    private static final Path EXEMPLE_EDITEUR =
            RACINE.resolve("moteur/src/test/java/fr/simulateursons/moteur/ExempleEditeurTest.java");

    private static List<Markdown> pages;
    private static Set<String> premiersNiveaux;
    private static Set<String> dossiersDeRessources;
    private static List<String> fichiers;

    @BeforeAll
    static void lire() throws IOException {
        List<Path> chemins = new ArrayList<>(List.of(RACINE.resolve("README.md")));
        try (Stream<Path> docs = Files.list(RACINE.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(chemins::add);
        }
        pages = chemins.stream().map(Markdown::lire).toList();
        premiersNiveaux = noms(RACINE);
        dossiersDeRessources = Stream.concat(noms(RACINE.resolve("moteur/src/main/resources")).stream(),
                noms(RACINE.resolve("function/src/main/resources")).stream()).collect(Collectors.toSet());
        try (Stream<Path> tous = Files.walk(RACINE)) {
            fichiers = tous.filter(Files::isRegularFile)
                    .map(p -> RACINE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".git/") && Arrays.stream(p.split("/")).noneMatch(PRODUITS::contains))
                    .toList();
        }
    }

    @Test
    void leReadmeSeLitEnDixMinutesEtMeneAChaquePage() throws IOException {
        Markdown readme = pages.get(0);
        List<String> liees = readme.liens().stream().map(l -> l.split("#")[0]).toList();

        assertThat(Files.readAllLines(readme.fichier())).as("lignes du README").hasSizeLessThanOrEqualTo(LIGNES_MAX_README);
        assertThat(liees).as("pages de docs/ liées par le README")
                .containsAll(pages.subList(1, pages.size()).stream()
                        .map(p -> RACINE.relativize(p.fichier()).toString().replace('\\', '/')).toList());
    }

    @Test
    void chaqueLienRelatifMeneAUnFichierEtAUnTitreQuiExistent() {
        List<String> morts = new ArrayList<>();
        for (Markdown page : pages) {
            for (String lien : page.liens()) {
                if (lien.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                int diese = lien.indexOf('#');
                String chemin = diese < 0 ? lien : lien.substring(0, diese);
                Path cible = chemin.isEmpty() ? page.fichier() : page.fichier().getParent().resolve(chemin).normalize();
                if (!cible.startsWith(RACINE) || !Files.exists(cible)) {
                    morts.add(nom(page) + " → " + lien);
                } else if (diese >= 0 && cible.toString().endsWith(".md")
                        && !Markdown.lire(cible).ancres().contains(lien.substring(diese + 1))) {
                    morts.add(nom(page) + " → " + lien + " (aucun titre de ce nom)");
                }
            }
        }
        assertThat(morts).isEmpty();
    }

    @Test
    void chaqueCheminDuDepotCiteExiste() {
        List<String> absents = new ArrayList<>();
        for (Markdown page : pages) {
            List<String> cites = new ArrayList<>(page.codes().stream().map(c -> c.strip().split("\\s+")[0]).toList());
            page.blocs().stream().filter(b -> b.langage().equals("sh"))
                    .forEach(b -> b.lignes().forEach(l -> cites.addAll(List.of(l.strip().split("\\s+")))));
            for (String cite : cites) {
                probleme(cite).ifPresent(p -> absents.add(nom(page) + " : " + cite + " " + p));
            }
        }
        assertThat(absents).isEmpty();
    }

    @Test
    void chaqueTestEtChaqueClasseCitesExistent() {
        List<String> absents = new ArrayList<>();
        for (Markdown page : pages) {
            for (String code : page.codes()) {
                var test = CLASSE_DE_TEST.matcher(code);
                var classe = CLASSE_QUALIFIEE.matcher(code);
                if (test.matches() && fichiers.stream().noneMatch(f -> f.contains("/src/test/")
                        && f.endsWith("/" + test.group(1) + ".java"))) {
                    absents.add(nom(page) + " : " + code);
                } else if (classe.matches()) {
                    String chemin = "/src/main/java/" + classe.group(1).replace('.', '/');
                    if (fichiers.stream().noneMatch(f -> f.endsWith(chemin + ".java") || f.contains(chemin + "/"))) {
                        absents.add(nom(page) + " : " + code);
                    }
                }
            }
        }
        assertThat(absents).isEmpty();
    }

    @Test
    void aucunePageNeRenvoieAUnDocumentQueLeDepotNaPas() {
        List<String> renvois = new ArrayList<>();
        for (Markdown page : pages) {
            Stream.concat(page.texte().stream(), page.blocs().stream().flatMap(b -> b.lignes().stream()))
                    .filter(l -> DOCUMENT_ABSENT.matcher(l).find())
                    .forEach(l -> renvois.add(nom(page) + " : " + l.strip()));
        }
        assertThat(renvois).isEmpty();
    }

    @Test
    void lExempleDeLaBibliothequeEstCeluiQueLaConstructionCompile() throws IOException {
        Set<String> compile = Files.readAllLines(EXEMPLE_EDITEUR).stream().map(String::strip).collect(Collectors.toSet());
        List<String> montre = pages.stream().flatMap(p -> p.blocs().stream())
                .filter(b -> b.langage().equals("java"))
                .flatMap(b -> b.lignes().stream()).map(String::strip).filter(l -> !l.isEmpty())
                .toList();

        assertThat(montre).as("lignes Java des pages").isNotEmpty();
        assertThat(compile).as(EXEMPLE_EDITEUR.toString()).containsAll(montre);
    }

    /** What is wrong with a word a page cites, if it is a path of this repository. */
    private static Optional<String> probleme(String cite) {
        if (cite.isEmpty() || GABARIT.matcher(cite).find() || !cite.contains("/") && !cite.endsWith(".java")) {
            return Optional.empty();
        }
        String[] segments = cite.split("/", -1);
        if (Arrays.stream(segments).anyMatch(PRODUITS::contains)) {
            return Optional.empty();
        }
        if (premiersNiveaux.contains(segments[0])) {
            return Files.exists(RACINE.resolve(cite)) ? Optional.empty()
                    : Optional.of("n'existe pas depuis la racine du dépôt");
        }
        if (cite.endsWith(".java")) {
            return fichiers.stream().anyMatch(f -> f.equals(cite) || f.endsWith("/" + cite)) ? Optional.empty()
                    : Optional.of("ne désigne aucun source");
        }
        if (dossiersDeRessources.contains(segments[0]) && EXTENSION.matcher(cite).matches()) {
            return Optional.of("est une ressource : écrire son chemin depuis la racine du dépôt");
        }
        return Optional.empty();
    }

    private static Set<String> noms(Path dossier) throws IOException {
        try (Stream<Path> s = Files.list(dossier)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).collect(Collectors.toSet());
        }
    }

    private static String nom(Markdown page) {
        return RACINE.relativize(page.fichier()).toString();
    }
}
