package fr.simulateursons.moteur.pack;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundled catalogue and its packs, on the classpath: {@code format-sons/<pack>/format.json}. A jar cannot list a
 * directory, so the packs are found among its entries (or in the directory, when the classes are not in a jar: the
 * build, an unpacked Lambda).
 */
final class PackEmbarque implements SourcePack {

    private static final String RACINE = "format-sons/";
    static final PackEmbarque CATALOGUE = new PackEmbarque(RACINE);

    private final String racine;

    private PackEmbarque(String racine) {
        this.racine = racine;
    }

    @Override
    public String chemin() {
        return "classpath:" + racine;
    }

    @Override
    public byte[] lire(String relatif) throws IOException {
        InputStream in = PackEmbarque.class.getClassLoader().getResourceAsStream(racine + relatif);
        if (in == null) {
            throw new NoSuchFileException(racine + relatif);
        }
        return SourcePack.borne(in);
    }

    @Override
    public List<String> sousDossiers() throws IOException {
        URL url = PackEmbarque.class.getClassLoader().getResource(racine);
        if (url == null) {
            return List.of();
        }
        TreeSet<String> noms = new TreeSet<>();
        if (url.getProtocol().equals("jar")) {
            JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
            jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(racine) && n.length() > racine.length())
                    .map(n -> n.substring(racine.length())).filter(n -> n.indexOf('/') > 0)
                    .forEach(n -> noms.add(n.substring(0, n.indexOf('/'))));
        } else {
            try (Stream<Path> s = java.nio.file.Files.list(Path.of(url.toURI()))) {
                s.filter(java.nio.file.Files::isDirectory).forEach(d -> noms.add(d.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return List.copyOf(noms);
    }

    @Override
    public SourcePack sous(String nom) {
        return new PackEmbarque(racine + nom + "/");
    }

    @Override
    public boolean immuable() {
        return true;
    }
}
