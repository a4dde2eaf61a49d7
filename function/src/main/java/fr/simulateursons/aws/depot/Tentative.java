package fr.simulateursons.aws.depot;

import fr.simulateursons.aws.Journal;

/**
 * One attempt at an upload's event. Only the last one may write a final ERREUR_INTERNE: an earlier one that fails
 * leaves {@code EN_COURS} and the message comes back, so that a client never sees a final status replaced.
 *
 * @param derniere true when the queue will not deliver the message again (its receive count reached the
 *                 redrive policy's {@code maxReceiveCount})
 */
public record Tentative(boolean derniere, Echeance echeance, Journal journal) {
}
