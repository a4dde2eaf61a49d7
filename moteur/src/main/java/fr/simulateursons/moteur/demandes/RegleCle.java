package fr.simulateursons.moteur.demandes;

import fr.simulateursons.moteur.Code;

import java.util.function.Function;
import java.util.function.Predicate;

/** A rule on the key of one identifier (D02–D04): the code, the identifier, and its key rule. */
record RegleCle(Code code, Function<Demande, Valeur<String>> identifiant, Predicate<String> valide)
        implements RegleDemande.ParDemande {

    @Override
    public void verifier(Demande demande, Contexte contexte, Anomalies anomalies) {
        Valeur<String> v = identifiant.apply(demande);
        if (!valide.test(v.valeur())) {
            anomalies.signaler(demande, code, v, v.texte());
        }
    }
}
