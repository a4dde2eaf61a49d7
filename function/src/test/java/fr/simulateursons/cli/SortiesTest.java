package fr.simulateursons.cli;

import fr.simulateursons.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static fr.simulateursons.cli.Cli.executer;
import static fr.simulateursons.cli.Cli.simuler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command's files on a disk that fills up, a real one: a small tmpfs that the test mounts (it needs root, as CI
 * has; elsewhere the test fails and says so). A write that fails leaves the earlier file as it was, no new one and no
 * temporary file, and says why in French; a report that cannot be written takes the annotated file with it.
 */
class SortiesTest {

    @TempDir
    Path dossier;

    private Path plein;

    @BeforeEach
    void monter() throws Exception {
        plein = Files.createDirectories(dossier.resolve("plein"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", plein.toString())
                .redirectErrorStream(true).start();
        String sortie = new String(mount.getInputStream().readAllBytes());
        assertThat(mount.waitFor()).as("monter un petit tmpfs (il faut être root) : " + sortie).isZero();
    }

    @AfterEach
    void demonter() throws Exception {
        new ProcessBuilder("umount", plein.toString()).inheritIO().start().waitFor();
    }

    /** Fills what is left of the tmpfs with one file. */
    private void remplir() throws IOException {
        try (OutputStream o = Files.newOutputStream(plein.resolve("bourre"))) {
            byte[] bloc = new byte[4096];
            while (true) {
                o.write(bloc);
                o.flush();
            }
        } catch (IOException disquePlein) {
            // The disk is full: what the test wants.
        }
    }

    private List<String> fichiers() throws IOException {
        try (Stream<Path> s = Files.list(plein)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void uneSortieSurUnDisquePleinLaisseLaPrecedenteIntacte() throws Exception {
        Path sortie = plein.resolve("sortie.json");
        Path d07 = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        Path autre = Files.write(dossier.resolve("autre.json"), Fixtures.exemple("avance-rejet-demandes.json"));
        assertThat(executer(simuler("--sortie", sortie.toString(), d07.toString())).code()).isEqualTo(1);
        byte[] precedente = Files.readAllBytes(sortie);
        remplir();

        Cli.Execution e = executer(simuler("--sortie", sortie.toString(), autre.toString()));

        assertThat(e.code()).isEqualTo(3);
        assertThat(e.err()).contains("Le fichier " + sortie + " ne peut pas être écrit : disque plein.")
                .doesNotContain("Exception");
        assertThat(e.statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(e.statut().get("sortie").isNull()).isTrue();
        assertThat(sortie).hasBinaryContent(precedente);
        assertThat(fichiers()).containsExactly("bourre", "sortie.json");
    }

    @Test
    void unRapportQuiNePeutPasEtreEcritEmporteLeFichierAnnote() throws Exception {
        Path entree = Files.write(dossier.resolve("d07.json"), Fixtures.octets("demandes/avance-d07.json"));
        Path annote = dossier.resolve("d07.sortie.json");
        remplir();

        Cli.Execution e = executer(simuler("--rapport", "sarif=" + plein.resolve("r.sarif"), entree.toString()));

        assertThat(e.code()).isEqualTo(3);
        assertThat(e.err()).isEqualTo("Le fichier " + plein.resolve("r.sarif") + " ne peut pas être écrit : disque plein.\n");
        assertThat(e.statut().get("etat").asString()).isEqualTo("ERREUR_INTERNE");
        assertThat(e.statut().get("sortie").isNull()).isTrue();
        assertThat(annote).doesNotExist();
        assertThat(fichiers()).containsExactly("bourre");
    }

    @Test
    void unePublicationQuiEchoueRemetChaqueFichierCommeIlEtait() throws Exception {
        Path annote = Files.writeString(dossier.resolve("annote.json"), "ancien");
        Path rapport = dossier.resolve("rapport.xml");
        Sorties sorties = new Sorties();
        sorties.preparer(annote, o -> o.write("nouveau".getBytes(StandardCharsets.UTF_8)));
        sorties.preparer(rapport, o -> o.write("<rapport/>".getBytes(StandardCharsets.UTF_8)));
        // The report's temporary file vanishes before its turn: its move fails after the annotated file's.
        try (Stream<Path> s = Files.list(dossier)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".rapport.xml.")).toList()) {
                Files.delete(p);
            }
        }

        assertThatThrownBy(sorties::publier).isInstanceOf(Sorties.Echec.class);

        assertThat(annote).hasContent("ancien");
        assertThat(rapport).doesNotExist();
        try (Stream<Path> s = Files.list(dossier)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("annote.json", "plein");
        }
    }

    @Test
    void unFichierRemplaceGardeSonModeEtUnNouveauPrendCeluiDeLUtilisateur() throws Exception {
        Path ancien = Files.writeString(dossier.resolve("ancien.json"), "{}");
        Files.setPosixFilePermissions(ancien, PosixFilePermissions.fromString("rw-r-----"));
        Path temoin = Files.createFile(dossier.resolve("temoin"));
        Path nouveau = dossier.resolve("nouveau.json");
        Sorties sorties = new Sorties();
        sorties.preparer(ancien, o -> o.write('1'));
        sorties.preparer(nouveau, o -> o.write('2'));

        sorties.publier();

        assertThat(Files.getPosixFilePermissions(ancien)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Files.getPosixFilePermissions(nouveau)).isEqualTo(Files.getPosixFilePermissions(temoin));
    }
}
