package fr.simulateursons.moteur.parametres;

import fr.simulateursons.moteur.DateDepot;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.pack.Catalogue;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.ressources.Referentiel;
import fr.simulateursons.moteur.ressources.Solution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Stage PARAMETRES: P01–P08. Every failing parameter is reported, in the order of the codes. The date de dépôt chooses
 * the format pack in force (P07 when none is), which must cover the type de demande (P08).
 */
public final class ControleParametres {

    private static final Pattern NUMERO_ANS = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    /**
     * The outcome: {@code parametres} is present exactly when {@code erreurs} is empty.
     *
     * @param format the version of the pack in force at the date de dépôt, null when none is (or the date is wrong)
     */
    public record Controle(Optional<ParametresValides> parametres, ParametresLus lus, List<Erreur> erreurs,
                           String format) {
    }

    private final Referentiel referentiel;
    private final Catalogue catalogue;

    public ControleParametres(Referentiel referentiel, Catalogue catalogue) {
        this.referentiel = referentiel;
        this.catalogue = catalogue;
    }

    /** @param maintenant the moment of the simulation: the date de dépôt when none is given */
    public Controle controler(Parametres sources, Instant maintenant) {
        List<Erreur> erreurs = new ArrayList<>();

        Lu<String> numero = lire(sources, Parametres.NUMERO_ANS, Code.P01, erreurs,
                v -> Optional.of(v));
        Lu<TypeDemande> type = lire(sources, Parametres.TYPE_DEMANDE, Code.P02, erreurs,
                TypeDemande::lire);
        Lu<TauxTva> taux = lire(sources, Parametres.TAUX_TVA, Code.P03, erreurs, TauxTva::lire);
        Lu<DateDepot> date = lire(sources, Parametres.DATE_DEPOT, Code.P06, erreurs, DateDepot::lire,
                DateDepot.maintenant(maintenant));
        Optional<Pack> pack = date.valeur().flatMap(d -> {
            Optional<Pack> enVigueur = catalogue.enVigueur(d.instant());
            if (enVigueur.isEmpty()) {
                erreurs.add(Code.P07.erreur(null, d.texteFrancais()));
            }
            return enVigueur;
        });
        if (pack.isPresent() && type.valeur().isPresent() && !pack.get().couvre(type.valeur().get())) {
            erreurs.add(Code.P08.erreur(null, pack.get().version(), type.valeur().get().name()));
        }

        // A numéro that is present but not of the spec's form cannot name a solution either: P04, with its value.
        Optional<Solution> solution = numero.valeur()
                .filter(n -> NUMERO_ANS.matcher(n).matches())
                .flatMap(referentiel::solution);
        if (numero.valeur().isPresent() && solution.isEmpty()) {
            erreurs.add(Code.P04.erreur(null, numero.valeur().get()));
        }

        erreurs.sort(Comparator.comparing(Erreur::code));
        ParametresLus lus = new ParametresLus(numero.texte(), type.texte(), taux.texte(), date.texte());
        if (!erreurs.isEmpty()) {
            return new Controle(Optional.empty(), lus, List.copyOf(erreurs), pack.map(Pack::version).orElse(null));
        }
        return new Controle(
                Optional.of(new ParametresValides(numero.valeur().get(), type.valeur().get(), taux.valeur().get(),
                        solution.get(), date.valeur().get(), pack.get())),
                lus, List.of(), pack.get().version());
    }

    /** One parameter as read: its value when valid, and its text for the status. */
    private record Lu<T>(Optional<T> valeur, String texte) {
    }

    /**
     * Metadata first, then tags. Both present: they must say the same thing once normalised
     * ({@code avance} and {@code AVANCE} agree), else P05 names the key; so does a source that carries the key
     * only in spellings that disagree ({@link #lire(Map, String)}).
     */
    private static <T> Lu<T> lire(Parametres sources, String cle, Code siInvalide, List<Erreur> erreurs,
                                  Function<String, Optional<T>> interpreter) {
        return lire(sources, cle, siInvalide, erreurs, interpreter, null);
    }

    /** @param siAbsent the value of an optional parameter that is not given; null: the parameter is required */
    private static <T> Lu<T> lire(Parametres sources, String cle, Code siInvalide, List<Erreur> erreurs,
                                  Function<String, Optional<T>> interpreter, T siAbsent) {
        Lecture meta = lire(sources.metadonnees(), cle);
        Lecture tag = lire(sources.tags(), cle);
        if (meta.contradictoire() || tag.contradictoire() || meta.valeur().isPresent() && tag.valeur().isPresent()
                && !memeValeur(meta.valeur().get(), tag.valeur().get(), interpreter)) {
            erreurs.add(Code.P05.erreur(null, cle));
            return new Lu<>(Optional.empty(), null);
        }
        Optional<String> texte = meta.valeur().or(tag::valeur);
        if (texte.isEmpty() && siAbsent != null) {
            return new Lu<>(Optional.of(siAbsent), affiche(siAbsent));
        }
        Optional<T> valeur = texte.flatMap(interpreter);
        if (valeur.isEmpty()) {
            erreurs.add(siInvalide.erreur(null));
        }
        return new Lu<>(valeur, valeur.map(ControleParametres::affiche).orElse(texte.orElse(null)));
    }

    /** A valid value as the status writes it. */
    private static String affiche(Object v) {
        return v instanceof TauxTva t ? t.texte() : v instanceof DateDepot d ? d.texte() : v.toString();
    }

    private static <T> boolean memeValeur(String a, String b, Function<String, Optional<T>> interpreter) {
        Optional<T> va = interpreter.apply(a);
        Optional<T> vb = interpreter.apply(b);
        return va.isPresent() && vb.isPresent() ? Objects.equals(va.get(), vb.get()) : a.equals(b);
    }

    private record Lecture(Optional<String> valeur, boolean contradictoire) {
    }

    /**
     * One source's value for {@code cle}. S3 lower-cases metadata keys but tags keep their case, so one object may
     * carry {@code taux-tva} and {@code Taux-TVA}. Within one source the rule is deterministic, whatever order the map
     * lists its entries in: the key written exactly as the spec writes it wins; without it, the keys equal to it
     * ignoring case count when they all carry the same value (once stripped), and when they do not the parameter is
     * contradictory (P05). A blank value counts as absent, so that an empty metadata entry does not hide a tag.
     */
    private static Lecture lire(Map<String, String> valeurs, String cle) {
        String exacte = valeurs.get(cle);
        if (exacte != null && !exacte.isBlank()) {
            return new Lecture(Optional.of(exacte.strip()), false);
        }
        // A loop, not a stream: this runs for each parameter of each file, on maps of a few entries or none.
        String variante = null;
        for (Map.Entry<String, String> e : valeurs.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cle) && !e.getValue().isBlank()) {
                String v = e.getValue().strip();
                if (variante != null && !variante.equals(v)) {
                    return new Lecture(Optional.empty(), true);
                }
                variante = v;
            }
        }
        return new Lecture(Optional.ofNullable(variante), false);
    }
}
