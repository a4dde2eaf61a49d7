package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Raisons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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
        if (!Files.exists(p)) {
            String raison = Raisons.pasUnFichier(p);
            throw raison.equals("il n'existe pas") ? new java.nio.file.NoSuchFileException(p.toString())
                    : new FichierRefuse(raison);
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
