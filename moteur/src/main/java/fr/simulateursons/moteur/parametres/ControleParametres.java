package fr.simulateursons.moteur.parametres;

import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.ressources.Referentiel;
import fr.simulateursons.moteur.ressources.Solution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Stage PARAMETRES: P01–P05. Every failing parameter is reported, in the order of the codes. */
public final class ControleParametres {

    private static final Pattern NUMERO_ANS = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    /** The outcome: {@code parametres} is present exactly when {@code erreurs} is empty. */
    public record Controle(Optional<Parametres> parametres, ParametresLus lus, List<Erreur> erreurs) {
    }

    private final Referentiel referentiel;

    public ControleParametres(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    public Controle controler(SourcesDeParametres sources) {
        List<Erreur> erreurs = new ArrayList<>();

        Lu<String> numero = lire(sources, SourcesDeParametres.NUMERO_ANS, Code.P01, erreurs,
                v -> Optional.of(v));
        Lu<TypeDemande> type = lire(sources, SourcesDeParametres.TYPE_DEMANDE, Code.P02, erreurs,
                TypeDemande::lire);
        Lu<TauxTva> taux = lire(sources, SourcesDeParametres.TAUX_TVA, Code.P03, erreurs, TauxTva::lire);

        // A numéro that is present but not of the spec's form cannot name a solution either: P04, with its value.
        Optional<Solution> solution = numero.valeur()
                .filter(n -> NUMERO_ANS.matcher(n).matches())
                .flatMap(referentiel::solution);
        if (numero.valeur().isPresent() && solution.isEmpty()) {
            erreurs.add(Code.P04.erreur(null, numero.valeur().get()));
        }

        erreurs.sort(Comparator.comparing(Erreur::code));
        ParametresLus lus = new ParametresLus(numero.texte(), type.texte(), taux.texte());
        if (!erreurs.isEmpty()) {
            return new Controle(Optional.empty(), lus, List.copyOf(erreurs));
        }
        return new Controle(
                Optional.of(new Parametres(numero.valeur().get(), type.valeur().get(), taux.valeur().get(),
                        solution.get())),
                lus, List.of());
    }

    /** One parameter as read: its value when valid, and its text for the status. */
    private record Lu<T>(Optional<T> valeur, String texte) {
    }

    /**
     * Metadata first, then tags. Both present: they must say the same thing once normalised
     * ({@code avance} and {@code AVANCE} agree), else P05 names the key; so does a source that carries the key
     * only in spellings that disagree ({@link SourcesDeParametres}).
     */
    private static <T> Lu<T> lire(SourcesDeParametres sources, String cle, Code siInvalide, List<Erreur> erreurs,
                                  Function<String, Optional<T>> interpreter) {
        Optional<String> meta = sources.metadonnee(cle);
        Optional<String> tag = sources.tag(cle);
        if (sources.contradictoire(cle)
                || meta.isPresent() && tag.isPresent() && !memeValeur(meta.get(), tag.get(), interpreter)) {
            erreurs.add(Code.P05.erreur(null, cle));
            return new Lu<>(Optional.empty(), null);
        }
        Optional<String> texte = meta.or(() -> tag);
        Optional<T> valeur = texte.flatMap(interpreter);
        if (valeur.isEmpty()) {
            erreurs.add(siInvalide.erreur(null));
        }
        String affiche = valeur.map(v -> v instanceof TauxTva t ? t.texte() : v.toString()).orElse(texte.orElse(null));
        return new Lu<>(valeur, affiche);
    }

    private static <T> boolean memeValeur(String a, String b, Function<String, Optional<T>> interpreter) {
        Optional<T> va = interpreter.apply(a);
        Optional<T> vb = interpreter.apply(b);
        return va.isPresent() && vb.isPresent() ? Objects.equals(va.get(), vb.get()) : a.equals(b);
    }
}
