package fr.simulateursons.moteur.pack;

/**
 * One fault of a pack (spec §6), in French, with its place: the file of the pack, and where in it
 * ({@code format.json/demande/bonDeCommande/montantHT}, {@code avance.schema.json}).
 */
public record DefautPack(String lieu, String message) {

    @Override
    public String toString() {
        return lieu + " : " + message;
    }
}
