package fr.simulateursons.moteur;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue: every code of the spec with its exact French message.
 * Placeholders are {@code %s}, filled in the order the spec names them.
 */
public enum Code {
    P01(Etape.PARAMETRES, "Le champ Numéro ANS est obligatoire."),
    P02(Etape.PARAMETRES, "Le champ Type de demande est obligatoire et doit valoir AVANCE ou SOLDE."),
    P03(Etape.PARAMETRES, "Le champ Taux de TVA est obligatoire et doit être l'un des taux : 0, 2.1, 5.5, 8.5, 10, 20."),
    P04(Etape.PARAMETRES, "Le numéro ANS %s ne correspond à aucune solution référencée en vague 2."),
    P05(Etape.PARAMETRES, "Les paramètres de la simulation sont contradictoires entre métadonnées et tags : %s."),
    P06(Etape.PARAMETRES, "Le champ Date de dépôt doit être une date AAAA-MM-JJ, éventuellement suivie d'une heure THH:MM."),
    P07(Etape.PARAMETRES, "Aucun format SONS n'est en vigueur au %s."),
    P08(Etape.PARAMETRES, "Le format SONS %s ne couvre pas les demandes de type %s."),

    F01(Etape.FICHIER, "Le fichier est trop volumineux. Il ne doit pas excéder 4 Mo."),
    F02(Etape.FICHIER, "Le fichier choisi ne peut pas être importé. Soit le fichier ne respecte pas le format de fichier attendu (JSON), soit le fichier est mal formé (erreur de syntaxe)"),

    S01(Etape.FORMAT, "La balise %s est manquante."),
    S02(Etape.FORMAT, "La balise %s n'est pas attendue."),
    S03(Etape.FORMAT, "La balise %s doit être de type %s."),
    S04(Etape.FORMAT, "La valeur de la balise %s ne respecte pas le format attendu."),
    S05(Etape.FORMAT, "La valeur de la balise %s doit être l'une des valeurs : %s."),
    S06(Etape.FORMAT, "La balise demandes doit contenir au moins une demande."),

    E01(Etape.FORMAT, "Le SIRET du fournisseur %s est invalide."),
    E02(Etape.FORMAT, "Le numéro de référencement du fichier %s ne correspond pas au numéro ANS saisi %s."),
    E03(Etape.FORMAT, "Le SIRET du fichier %s n'est pas celui du titulaire du référencement %s."),
    E04(Etape.FORMAT, "Le dispositif %s n'est pas couvert par le référencement de la solution %s."),

    D01(Etape.DEMANDES, "L'identifiant de demande %s figure plusieurs fois dans le fichier."),
    D02(Etape.DEMANDES, "Le SIRET du bénéficiaire %s est invalide."),
    D03(Etape.DEMANDES, "Le FINESS juridique %s est invalide."),
    D04(Etape.DEMANDES, "Le FINESS géographique %s est invalide."),
    D05(Etape.DEMANDES, "Le bénéficiaire %s fait l'objet de plusieurs demandes pour la prestation %s."),
    D06(Etape.DEMANDES, "Le montant HT %s doit être positif et ne pas dépasser le plafond de %s € HT."),
    D07(Etape.DEMANDES, "Le montant de TVA %s ne correspond pas au montant HT et au taux de TVA de %s %%."),
    D08(Etape.DEMANDES, "Le montant TTC %s doit être égal au montant HT augmenté de la TVA."),
    D09(Etape.DEMANDES, "La date de signature %s du bon de commande est dans le futur."),
    D10(Etape.DEMANDES, "La date de signature %s du bon de commande est postérieure à la date limite du %s."),
    D11(Etape.DEMANDES, "La date de facture %s est antérieure à la signature du bon de commande."),
    D12(Etape.DEMANDES, "Le montant HT facturé %s dépasse le montant HT du bon de commande."),
    D13(Etape.DEMANDES, "La date d'attestation %s est incohérente avec le bon de commande."),
    D14(Etape.DEMANDES, "Le bénéficiaire %s n'est pas éligible au dispositif %s."),

    /** Not a stage of the chain: a resource could not be used, so the simulation could not run. */
    R01(null, "La ressource %s ne peut pas être lue ou ne respecte pas son format.");

    private final Etape etape;
    /** The message cut at each {@code %s}: filling it is a concatenation, not a {@code String.format} per anomaly. */
    private final String[] morceaux;

    Code(Etape etape, String modele) {
        this.etape = etape;
        this.morceaux = modele.replace("%%", "%").split("%s", -1);
    }

    public Etape etape() {
        return etape;
    }

    public String libelle(Object... valeurs) {
        StringBuilder s = new StringBuilder(morceaux[0]);
        for (int i = 1; i < morceaux.length; i++) {
            s.append(valeurs[i - 1]).append(morceaux[i]);
        }
        return s.toString();
    }

    /**
     * The values of a message of this code, read back from its text (a status read again): the text between the
     * catalogue's fixed pieces.
     *
     * @throws IllegalArgumentException when the text is not a message of this code
     */
    public List<String> valeurs(String libelle) {
        String premier = morceaux[0];
        String dernier = morceaux[morceaux.length - 1];
        if (morceaux.length == 1) {
            if (!premier.equals(libelle)) {
                throw new IllegalArgumentException("libellé qui n'est pas un message " + name() + " : " + libelle);
            }
            return List.of();
        }
        if (libelle == null || !libelle.startsWith(premier) || !libelle.endsWith(dernier)
                || libelle.length() < premier.length() + (morceaux.length > 1 ? dernier.length() : 0)) {
            throw new IllegalArgumentException("libellé qui n'est pas un message " + name() + " : " + libelle);
        }
        List<String> valeurs = new ArrayList<>();
        int debut = premier.length();
        for (int i = 1; i < morceaux.length; i++) {
            int fin = i == morceaux.length - 1 ? libelle.length() - dernier.length() : libelle.indexOf(morceaux[i], debut);
            if (fin < debut) {
                throw new IllegalArgumentException("libellé qui n'est pas un message " + name() + " : " + libelle);
            }
            valeurs.add(libelle.substring(debut, fin));
            debut = fin + morceaux[i].length();
        }
        return valeurs;
    }

    public Erreur erreur(String chemin, Object... valeurs) {
        List<String> v = new ArrayList<>(valeurs.length);
        for (Object o : valeurs) {
            v.add(String.valueOf(o));
        }
        return new Erreur(this, v, chemin);
    }
}
