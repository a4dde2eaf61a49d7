package fr.simulateursons.aws;

import fr.simulateursons.moteur.json.JsonStrict;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A rule for {@link ProxyHttp} that gives a seeded share of requests a fault. A request's draw depends only on the
 * seed, on what the request is about (the method and key of an S3 request, the action and queue of an SQS one) and on
 * how many requests about the same came before it: so the uploads of a test, each on its own keys and queues, meet
 * the same faults in every run, however their threads interleave.
 */
public final class PannesAuHasard implements Function<ProxyHttp.Requete, ProxyHttp.Action> {

    private final long graine;
    private final Map<ProxyHttp.Action, Double> parts;
    private final Map<String, AtomicInteger> vues = new ConcurrentHashMap<>();
    private final Map<ProxyHttp.Action, AtomicInteger> tirees = new ConcurrentHashMap<>();

    /** @param parts the share of requests that meet each fault; the rest is forwarded */
    public PannesAuHasard(long graine, Map<ProxyHttp.Action, Double> parts) {
        if (parts.values().stream().mapToDouble(Double::doubleValue).sum() > 1) {
            throw new IllegalArgumentException("plus de pannes que de requêtes : " + parts);
        }
        this.graine = graine;
        this.parts = new EnumMap<>(parts);
    }

    @Override
    public ProxyHttp.Action apply(ProxyHttp.Requete r) {
        String sujet = sujet(r);
        int rang = vues.computeIfAbsent(sujet, s -> new AtomicInteger()).getAndIncrement();
        double tirage = new SplittableRandom(graine * 0x9E3779B97F4A7C15L + (sujet + "#" + rang).hashCode()).nextDouble();
        ProxyHttp.Action action = ProxyHttp.Action.TRANSMETTRE;
        double cumul = 0;
        for (Map.Entry<ProxyHttp.Action, Double> p : parts.entrySet()) {
            cumul += p.getValue();
            if (tirage < cumul) {
                action = p.getKey();
                break;
            }
        }
        tirees.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        return action;
    }

    /** How many requests met each action so far. */
    public Map<ProxyHttp.Action, Integer> tirees() {
        Map<ProxyHttp.Action, Integer> n = new EnumMap<>(ProxyHttp.Action.class);
        tirees.forEach((a, c) -> n.put(a, c.get()));
        return n;
    }

    /** What a request is about: an S3 object (and its tags apart), or an SQS action on a queue; never a port. */
    private static String sujet(ProxyHttp.Requete r) {
        if (r.actionSqs() != null) {
            // The queue by its name: its URL holds the server's port, which changes from run to run.
            String file = JsonStrict.MAPPER.readTree(r.corps()).path("QueueUrl").asString();
            return r.actionSqs() + " " + file.substring(file.lastIndexOf('/') + 1);
        }
        int q = r.chemin().indexOf('?');
        String chemin = q < 0 ? r.chemin() : r.chemin().substring(0, q);
        return r.methode() + " " + chemin + (q >= 0 && r.chemin().indexOf("tagging", q) > 0 ? "?tagging" : "");
    }
}
