package fr.simulateursons.moteur.revalidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Runs kept in a local directory, for {@code simuler-lot}. */
final class MagasinFichiers implements Runs.Magasin {

    private final Path racine;
    /**
     * The directories made so far: a run writes two files per file simulated into a few directories, and
     * {@link Files#createDirectories} on one that exists costs a failed system call and an exception each time.
     * A directory deleted under a run in progress is not made again: the write fails, as any write into it would.
     */
    private final Set<Path> dossiers = ConcurrentHashMap.newKeySet();

    MagasinFichiers(Path racine) {
        this.racine = racine;
    }

    @Override
    public Optional<byte[]> lire(String chemin) {
        Path f = racine.resolve(chemin);
        try {
            return Files.exists(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void ecrire(String chemin, byte[] contenu, String typeDeContenu) {
        Path f = racine.resolve(chemin);
        try {
            if (!dossiers.contains(f.getParent())) {
                Files.createDirectories(f.getParent());
                dossiers.add(f.getParent());
            }
            Files.write(f, contenu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
