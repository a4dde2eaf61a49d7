package fr.simulateursons.aws.s3;

import fr.simulateursons.moteur.pack.SourcePack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

/**
 * A format pack, or a catalogue of packs, under an S3 prefix ({@code FORMAT_SONS_URI=s3://bucket/prefix/}): its files
 * are the objects {@code prefix + path}; a catalogue's packs are its immediate "subdirectories" (common prefixes).
 * Looked at by one listing at each simulation; read again, and compiled again, only when an object under it changed.
 */
public final class SourcePackS3 implements SourcePack {

    private final StockageS3 stockage;
    private final URI prefixe;

    public SourcePackS3(StockageS3 stockage, URI prefixe) {
        this.stockage = stockage;
        this.prefixe = prefixe.toString().endsWith("/") ? prefixe : URI.create(prefixe + "/");
    }

    @Override
    public String chemin() {
        return prefixe.toString();
    }

    @Override
    public byte[] lire(String relatif) throws IOException {
        URI objet = prefixe.resolve(relatif).normalize();
        if (!objet.toString().startsWith(prefixe.toString())) {
            throw new FichierRefuse("le fichier est hors du pack");
        }
        byte[] octets = stockage.lireBorne(objet, TAILLE_MAX + 1)
                .orElseThrow(() -> new NoSuchFileException(objet.toString()));
        if (octets.length > TAILLE_MAX) {
            throw new FichierRefuse("le fichier dépasse " + TAILLE_MAX / 1024 / 1024 + " Mio");
        }
        return octets;
    }

    /** One listing of the prefix: while no object under it changed, the catalogue read before serves again. */
    @Override
    public Optional<String> signature() {
        return stockage.signature(prefixe);
    }

    @Override
    public List<String> sousDossiers() {
        return stockage.sousDossiers(prefixe);
    }

    @Override
    public SourcePack sous(String nom) {
        return new SourcePackS3(stockage, prefixe.resolve(nom + "/"));
    }
}
