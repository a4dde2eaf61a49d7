package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Raisons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A pack or a catalogue in a directory. A pack's files are regular files inside the pack's real directory: a link
 * that leads out of it, a FIFO, a device or a directory is refused without being opened (a FIFO would block the read
 * for ever), and no file is read past {@link SourcePack#TAILLE_MAX}.
 */
final class PackEnDossier implements SourcePack {

    private final Path dossier;

    PackEnDossier(Path dossier) {
        this.dossier = dossier;
    }

    @Override
    public String chemin() {
        return dossier.toString();
    }

    @Override
    public byte[] lire(String relatif) throws IOException {
        Path p = dossier.resolve(relatif).normalize();
        if (!p.startsWith(dossier.normalize())) {
            throw new FichierRefuse("le fichier est hors du pack");
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(p.toString());
        }
        if (!Files.exists(p)) {
            throw new FichierRefuse(Raisons.pasUnFichier(p));
        }
        // Where it really is: a link may lead out of the pack, which the manifest's own paths cannot.
        if (!p.toRealPath().startsWith(dossier.toRealPath())) {
            throw new FichierRefuse("le fichier est hors du pack (lien symbolique)");
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new FichierRefuse(Raisons.pasUnFichier(p));
        }
        if (a.size() > TAILLE_MAX) {
            throw new FichierRefuse("le fichier dépasse " + TAILLE_MAX / 1024 / 1024 + " Mio");
        }
        return SourcePack.borne(Files.newInputStream(p));
    }

    /** Every entry under the real directory, links followed, with its size and its date to the nanosecond. */
    @Override
    public Optional<String> signature() {
        StringBuilder signature = new StringBuilder();
        try (Stream<Path> s = Files.walk(dossier.toRealPath(), FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                signature.append(p).append('\0').append(a.size()).append('\0')
                        .append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            // A loop of links, a file gone meanwhile: read it all, and let the reading say what is wrong.
            return Optional.empty();
        }
        return Optional.of(signature.toString());
    }

    @Override
    public List<String> sousDossiers() throws IOException {
        try (Stream<Path> s = Files.list(dossier)) {
            return s.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Override
    public SourcePack sous(String nom) {
        return new PackEnDossier(dossier.resolve(nom));
    }
}
