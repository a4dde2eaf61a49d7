"use strict";
// The portal's form, on the upload API: create the simulation, PUT the file to its presigned URL, poll the status.
(function () {
  const TAILLE_MAX = 4194304;
  const F01 = "Le fichier est trop volumineux. Il ne doit pas excéder 4 Mo.";
  const EN_COURS = ["EN_ATTENTE", "EN_COURS"];
  // API Gateway answers these itself, before the function, with {"message": "Unauthorized"} or the like.
  const PASSERELLE = {
    401: "Une clé d'API est requise : renseignez le champ « Clé d'API ».",
    403: "La clé d'API n'est pas acceptée.",
    413: "La requête est trop volumineuse.",
    429: "Trop de requêtes : réessayez dans quelques instants.",
    503: "Le service est momentanément indisponible : réessayez dans quelques instants."
  };
  const $ = (id) => document.getElementById(id);

  function afficher(classe, etat, message, liens) {
    const zone = $("resultat");
    zone.hidden = false;
    zone.className = classe;
    zone.replaceChildren();
    if (etat) {
      const p = document.createElement("p");
      p.className = "etat";
      p.textContent = etat;
      zone.append(p);
    }
    const m = document.createElement("p");
    m.id = "message";
    m.textContent = message;
    zone.append(m);
    for (const [id, href, texte] of liens || []) {
      if (!href) continue;
      const a = document.createElement("a");
      a.id = id;
      a.href = href;
      a.textContent = texte;
      zone.append(a);
    }
    zone.focus();
  }

  function tableau(id, lignes, colonnes, total) {
    const section = $(id);
    const corps = section.querySelector("tbody");
    corps.replaceChildren();
    const note = section.querySelector(".tronque");
    const n = total === undefined ? lignes.length : total;
    note.hidden = n <= lignes.length;
    note.textContent = n > lignes.length
      ? n + " au total : les " + lignes.length + " premières sont listées ici ; le fichier de sortie et le statut les donnent toutes."
      : "";
    for (const l of lignes) {
      const tr = document.createElement("tr");
      for (const c of colonnes) {
        const td = document.createElement("td");
        const v = l[c] === null || l[c] === undefined ? "" : String(l[c]);
        if (c === "chemin") {
          const code = document.createElement("code");
          code.textContent = v;
          td.append(code);
        } else {
          td.textContent = v;
        }
        if (c === "libelle" && l.detail) {
          // R01: what is wrong with the resource, in French.
          const detail = document.createElement("span");
          detail.className = "detail";
          detail.textContent = l.detail;
          td.append(document.createElement("br"), detail);
        }
        tr.append(td);
      }
      corps.append(tr);
    }
    section.hidden = lignes.length === 0;
  }

  function effacer() {
    $("resultat").hidden = true;
    tableau("erreurs", [], []);
    tableau("anomalies", [], []);
  }

  function progression(visible, texte, valeur) {
    $("progression").hidden = !visible;
    if (texte) $("etape").textContent = texte;
    if (valeur === null) $("barre").removeAttribute("value");
    else if (valeur !== undefined) $("barre").value = valeur;
  }

  function entetesApi() {
    const h = { "content-type": "application/json" };
    const cle = $("cleApi").value.trim();
    if (cle) h["x-api-key"] = cle;
    return h;
  }

  function envoyer(depot, fichier) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(depot.methode, depot.url);
      for (const [nom, valeur] of Object.entries(depot.entetes)) xhr.setRequestHeader(nom, valeur);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) progression(true, "Envoi du fichier…", Math.round(100 * e.loaded / e.total)); };
      xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error("Envoi refusé (" + xhr.status + ")")));
      xhr.onerror = () => reject(new Error("Envoi impossible"));
      xhr.send(fichier);
    });
  }

  // Our answers carry a code; API Gateway's own (401, 403, 429…) only a message in English, or no JSON at all.
  async function lire(r) {
    let corps = null;
    try {
      corps = await r.json();
    } catch (pasDuJson) {
      corps = null;
    }
    if (corps && (r.ok || corps.code)) return corps;
    return { code: "HTTP " + r.status, message: PASSERELLE[r.status] || "Le service a répondu " + r.status + "." };
  }

  async function attendre(url) {
    const limite = Date.now() + 5 * 60 * 1000;
    while (Date.now() < limite) {
      const r = await fetch(url, { headers: entetesApi(), cache: "no-store" });
      const statut = await lire(r);
      if (!r.ok) return statut;
      if (!EN_COURS.includes(statut.etat)) return statut;
      progression(true, statut.etat === "EN_ATTENTE" ? "Fichier envoyé, en attente de traitement…" : "Simulation en cours…", null);
      await new Promise((ok) => setTimeout(ok, 1000));
    }
    throw new Error("La simulation n'a pas abouti dans le délai.");
  }

  function attestation(statut) {
    return ["lien-attestation", statut.attestation, "Ouvrir l'attestation de simulation"];
  }

  function montrer(statut) {
    if (statut.etat === "REUSSI") {
      afficher("succes", "Simulation réussie", statut.message, [attestation(statut)]);
    } else if (statut.etat) {
      afficher("echec", statut.etat === "REJETE" ? "Simulation en échec" : "Erreur", statut.message,
        [["lien-sortie", statut.fichierDeSortie, "Télécharger le fichier de sortie"], attestation(statut)]);
    } else {
      afficher("echec", "Erreur " + statut.code, statut.message);
    }
    tableau("erreurs", statut.erreurs || [], ["code", "libelle", "chemin", "ligne", "colonne", "attendu"], statut.erreursTotal);
    tableau("anomalies", statut.anomalies || [],
      ["demande", "idDemande", "code", "libelle", "chemin", "ligne", "colonne", "attendu"], statut.anomaliesTotal);
  }

  $("formulaire").addEventListener("submit", async (e) => {
    e.preventDefault();
    effacer();
    const form = e.target;
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    const fichier = $("fichier").files[0];
    if (fichier.size > TAILLE_MAX) {
      afficher("echec", "Simulation en échec", F01);
      return;
    }
    $("simuler").disabled = true;
    try {
      progression(true, "Création de la simulation…", 0);
      const r = await fetch("simulations", {
        method: "POST", headers: entetesApi(),
        body: JSON.stringify({ numeroAns: $("numeroAns").value, typeDemande: $("typeDemande").value,
          tauxTva: $("tauxTva").value, dateDepot: $("dateDepot").value || null, taille: fichier.size })
      });
      const creation = await lire(r);
      if (!r.ok) {
        montrer(creation);
        return;
      }
      await envoyer(creation.depot, fichier);
      progression(true, "Fichier envoyé, en attente de traitement…", null);
      montrer(await attendre(creation.statut.replace(/^\//, "")));
    } catch (err) {
      afficher("echec", "Erreur", err.message);
    } finally {
      progression(false);
      $("simuler").disabled = false;
    }
  });
  $("resultat").tabIndex = -1;
})();
