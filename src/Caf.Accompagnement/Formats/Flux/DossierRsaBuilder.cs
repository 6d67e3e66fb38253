using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Flux;

/// <summary>Construit un <see cref="DossierRsa"/> pas à pas ; <see cref="Build"/> vérifie les invariants et rapporte toutes les erreurs.</summary>
public sealed class DossierRsaBuilder
{
    private readonly List<(RolePersonneRsa Role, LocalDate Naissance, bool? Soumis)> _personnes = [];

    internal DossierRsaBuilder(NumeroAllocataire numero, LocalDate dateDesDonnees, EtatDossierRsa etat)
    {
        Numero = numero;
        DateDesDonnees = dateDesDonnees;
        Etat = etat;
    }

    internal NumeroAllocataire Numero { get; }

    internal LocalDate DateDesDonnees { get; }

    internal EtatDossierRsa Etat { get; }

    internal string OrganismeValeur { get; private set; } = string.Empty;

    internal LocalDate? DateDemandeValeur { get; private set; }

    internal SituationFamilleRsa? SituationValeur { get; private set; }

    internal LocalDate DateSituationValeur { get; private set; }

    internal CodeCommune? CommuneValeur { get; private set; }

    internal List<SuspensionVersementRsa> SuspensionsValeur { get; } = [];

    internal ClotureRsa? ClotureValeur { get; private set; }

    internal bool SansDomicileFixeValeur { get; private set; }

    internal List<EvenementFluxRsa> EvenementsValeur { get; } = [];

    /// <summary>Fixe le numéro de l'organisme (<c>NUMORG</c>, 3 caractères au plus).</summary>
    /// <param name="numero">Le numéro de la Caf.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Organisme(string numero)
    {
        OrganismeValeur = Preconditions.CheckNotNull(numero);
        return this;
    }

    /// <summary>Fixe la date de la demande de RSA (<c>DTDEMRSA</c>), obligatoire.</summary>
    /// <param name="date">La date.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Demande(LocalDate date)
    {
        DateDemandeValeur = date;
        return this;
    }

    /// <summary>Ajoute une personne.</summary>
    /// <param name="role">Son rôle dans le dossier RSA.</param>
    /// <param name="naissance">Sa date de naissance.</param>
    /// <param name="soumisAuxDroitsEtDevoirs">Sa soumission aux droits et devoirs (<c>TOPPERSDRODEVORSA</c>), ou
    /// <see langword="null"/> si le flux ne la donne pas ; elle est datée de la date des données.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Personne(RolePersonneRsa role, LocalDate naissance, bool? soumisAuxDroitsEtDevoirs = null)
    {
        _personnes.Add((Preconditions.CheckNotNull(role), naissance, soumisAuxDroitsEtDevoirs));
        return this;
    }

    /// <summary>Fixe la situation de famille (<c>SITFAM</c>) et sa date de début, obligatoires.</summary>
    /// <param name="situation">La situation.</param>
    /// <param name="depuis">La date de début.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Situation(SituationFamilleRsa situation, LocalDate depuis)
    {
        SituationValeur = Preconditions.CheckNotNull(situation);
        DateSituationValeur = depuis;
        return this;
    }

    /// <summary>Fixe la commune de la dernière adresse en France.</summary>
    /// <param name="commune">La commune, ou <see langword="null"/>.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Commune(CodeCommune? commune)
    {
        CommuneValeur = commune;
        return this;
    }

    /// <summary>Ajoute une suspension du versement.</summary>
    /// <param name="motif">Le motif (<c>MOTISUSVERSRSA</c>).</param>
    /// <param name="depuis">La date de début.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Suspension(MotifSuspensionRsa motif, LocalDate depuis)
    {
        SuspensionsValeur.Add(new SuspensionVersementRsa(Preconditions.CheckNotNull(motif), depuis));
        return this;
    }

    /// <summary>Fixe la fin du droit.</summary>
    /// <param name="motif">Le motif (<c>MOTICLORSA</c>).</param>
    /// <param name="date">La date de clôture.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Cloture(MotifClotureRsa motif, LocalDate date)
    {
        ClotureValeur = new ClotureRsa(Preconditions.CheckNotNull(motif), date);
        return this;
    }

    /// <summary>Indique que le foyer est sans domicile fixe (<c>TOPSANSDOMFIXE</c>).</summary>
    /// <param name="sansDomicileFixe">Sans domicile fixe ou non.</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder SansDomicileFixe(bool sansDomicileFixe = true)
    {
        SansDomicileFixeValeur = sansDomicileFixe;
        return this;
    }

    /// <summary>Ajoute un événement (fait générateur).</summary>
    /// <param name="dateLiquidation">La date de liquidation.</param>
    /// <param name="faitGenerateur">Le code du fait générateur (1 à 9 caractères).</param>
    /// <returns>Ce constructeur.</returns>
    public DossierRsaBuilder Evenement(LocalDate dateLiquidation, string faitGenerateur)
    {
        EvenementsValeur.Add(new EvenementFluxRsa(dateLiquidation, Preconditions.CheckNotNull(faitGenerateur)));
        return this;
    }

    /// <summary>Vérifie les invariants et construit le dossier.</summary>
    /// <returns>Le dossier, ou toutes les erreurs (codes <c>flux.dossier.*</c>, <c>flux.texte.*</c>).</returns>
    public Resultat<DossierRsa> Build()
    {
        var erreurs = new List<Erreur>();
        if (!Numero.EstDefini)
        {
            erreurs.Add(new Erreur("flux.dossier.numero", "MATRICULE", null, "Le numéro allocataire est obligatoire."));
        }

        if (OrganismeValeur.Length == 0)
        {
            erreurs.Add(new Erreur("flux.dossier.organisme", "NUMORG", null, "Le numéro de l'organisme est obligatoire."));
        }
        else
        {
            Textes.Verifier(OrganismeValeur, 3, "NUMORG", erreurs);
        }

        if (DateDemandeValeur is null)
        {
            erreurs.Add(new Erreur("flux.dossier.demande", "DTDEMRSA", null, "La date de la demande de RSA est obligatoire."));
        }

        if (SituationValeur is null)
        {
            erreurs.Add(new Erreur("flux.dossier.situation", "SITFAM", null, "La situation de famille est obligatoire."));
        }

        if (_personnes.Count == 0)
        {
            erreurs.Add(new Erreur("flux.dossier.personnes", "Personne", null, "Un dossier RSA compte au moins une personne."));
        }

        foreach (var e in EvenementsValeur)
        {
            if (e.FaitGenerateur.Length == 0)
            {
                erreurs.Add(new Erreur("flux.dossier.evenement", "FG", null, "Le code du fait générateur est obligatoire."));
            }
            else
            {
                Textes.Verifier(e.FaitGenerateur, 9, "FG", erreurs);
            }
        }

        if (erreurs.Count > 0)
        {
            return Resultat<DossierRsa>.Echec(erreurs);
        }

        var date = DateDesDonnees;
        return new DossierRsa(this, [.. _personnes.Select(p => new PersonneRsa(p.Role, p.Naissance, p.Soumis is { } s ? new Foyers.DroitsEtDevoirs(s, date) : null))]);
    }
}
