package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.chaine.Simulation;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.parametres.SourcesDeParametres;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.pack.ChargementPack;
import fr.simulateursons.moteur.pack.DefautPack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.SourcePack;
import tools.jackson.core.JacksonException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code format-sons verifier} (spec §6): a pack is coherent, and each of its examples passes the chain with the
 * bundled demo référentiel and dispositifs, the numéro ANS its header carries and the given TVA rate.
 */
public final class VerificationPack {

    /** One example run through the chain. */
    public record Exemple(String typeDemande, String fichier, String numeroAns, Resultat resultat) {
        public boolean reussi() {
            return resultat.etat() == Etat.REUSSI;
        }
    }

    /** @param format empty when the pack is not coherent ({@code defauts} then says why) */
    public record Verification(String chemin, Optional<Pack> format, List<DefautPack> defauts,
                               List<Exemple> exemples) {
        public boolean conforme() {
            return defauts.isEmpty() && exemples.stream().allMatch(Exemple::reussi);
        }
    }

    private VerificationPack() {
    }

    public static Verification verifier(SourcePack source, String tauxTva, Clock horloge) {
        Pack format;
        try {
            format = ChargementPack.verifier(source);
        } catch (PackIncoherent e) {
            return new Verification(source.chemin(), Optional.empty(), e.defauts(), List.of());
        }
        SourcesDeRessources ressources = SourcesDeRessources.defaut().avecFormat(source);
        Simulation simulation = new Simulation(horloge);
        List<Exemple> exemples = new ArrayList<>();
        format.types().forEach((type, t) -> {
            String numero = numeroAns(format, t.exemple());
            Resultat r = simulation.simuler(SourcesDeParametres.options(Map.of(SourcesDeParametres.NUMERO_ANS, numero,
                    SourcesDeParametres.TYPE_DEMANDE, type, SourcesDeParametres.TAUX_TVA, tauxTva)),
                    Fichier.de(t.exemple()), ressources);
            exemples.add(new Exemple(type, t.fichierExemple(), numero, r));
        });
        exemples.sort(Comparator.comparing(Exemple::typeDemande));
        return new Verification(source.chemin(), Optional.of(format), List.of(), exemples);
    }

    /** The example's own numéro de référencement, or nothing (then P01 says the example lacks it). */
    private static String numeroAns(Pack format, byte[] exemple) {
        try {
            return format.entete().numeroReferencement().lire(JsonStrict.MAPPER.readTree(exemple)).asString("");
        } catch (JacksonException | IllegalArgumentException e) {
            return "";
        }
    }
}
