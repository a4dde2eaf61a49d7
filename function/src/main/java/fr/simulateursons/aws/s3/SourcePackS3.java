package fr.simulateursons.aws.s3;

import fr.simulateursons.moteur.pack.SourcePack;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.net.URI;

/**
 * A format pack under an S3 prefix ({@code FORMAT_SONS_URI=s3://bucket/prefix/}): its files are the objects
 * {@code prefix + path}. Read at each simulation; the engine compiles it again only when a file changed.
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
    public InputStream ouvrir(String relatif) throws FileNotFoundException {
        URI objet = prefixe.resolve(relatif).normalize();
        if (!objet.toString().startsWith(prefixe.toString())) {
            throw new FileNotFoundException(relatif + " est hors du pack");
        }
        return stockage.lire(objet);
    }
}
