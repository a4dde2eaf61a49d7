package fr.simulateursons.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the product on the same command, paired in one warm JVM: each shaded jar in a class loader of its
 * own (its caches and compiled packs its own), the two alternating round after round (which goes first alternates
 * too), the figure the median of the per-round ratios — so that a change's cost on the valid path is read against the
 * build before it on the same machine at the same moment.
 * <p>
 * {@code java [-XX:TieredStopAtLevel=1] -cp benchmarks.jar fr.simulateursons.benchmarks.DeuxVersions AVANT.jar
 * APRES.jar tours ARGS…} runs {@code simuler ARGS…} through each jar's {@code Main.executer} and prints one JSON line.
 */
public final class DeuxVersions {

    private DeuxVersions() {
    }

    public static void main(String[] args) throws Exception {
        Method avant = executer(Path.of(args[0]));
        Method apres = executer(Path.of(args[1]));
        int tours = Integer.parseInt(args[2]);
        String[] commande = Arrays.copyOfRange(args, 3, args.length);
        PrintStream rien = new PrintStream(OutputStream.nullOutputStream());
        int codeAvant = lancer(avant, commande, rien);
        int codeApres = lancer(apres, commande, rien);
        if (codeAvant != codeApres) {
            throw new IllegalStateException("codes de sortie différents : " + codeAvant + " et " + codeApres);
        }
        for (int i = 0; i < tours / 2; i++) {
            lancer(avant, commande, rien);
            lancer(apres, commande, rien);
        }
        double[] ratios = new double[tours];
        double[] a = new double[tours];
        double[] b = new double[tours];
        for (int i = 0; i < tours; i++) {
            boolean avantDAbord = i % 2 == 0;
            double premier = temps(avantDAbord ? avant : apres, commande, rien);
            double second = temps(avantDAbord ? apres : avant, commande, rien);
            a[i] = avantDAbord ? premier : second;
            b[i] = avantDAbord ? second : premier;
            ratios[i] = b[i] / a[i];
        }
        Arrays.sort(ratios);
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf(Locale.ROOT, "{\"ratio\": %.3f, \"p10\": %.3f, \"p90\": %.3f, \"avantMs\": %.1f, "
                        + "\"apresMs\": %.1f, \"tours\": %d, \"code\": %d}%n", median(ratios), ratios[tours / 10],
                ratios[tours - 1 - tours / 10], median(a), median(b), tours, codeAvant);
    }

    private static Method executer(Path jar) throws Exception {
        URLClassLoader chargeur = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        return chargeur.loadClass("fr.simulateursons.cli.Main").getMethod("executer", String[].class,
                PrintStream.class, PrintStream.class, Clock.class);
    }

    private static int lancer(Method executer, String[] commande, PrintStream rien) throws Exception {
        return (Integer) executer.invoke(null, commande, rien, rien, Clock.systemUTC());
    }

    private static double temps(Method executer, String[] commande, PrintStream rien) throws Exception {
        long t0 = System.nanoTime();
        lancer(executer, commande, rien);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] trie) {
        int n = trie.length;
        return n % 2 == 1 ? trie[n / 2] : (trie[n / 2 - 1] + trie[n / 2]) / 2;
    }
}
