using System.Collections.Immutable;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>Construit un <see cref="Foyer"/> pas à pas ; <see cref="Build"/> vérifie tous les invariants et rapporte toutes les erreurs.</summary>
public sealed partial class FoyerBuilder
{
    private readonly NumeroAllocataire _numero;
    private readonly CodeCommune _commune;
    private readonly LocalDate _naissanceAllocataire;
    private readonly List<Personne> _enfants = [];
    private readonly List<PrestationPercue> _prestations = [];
    private readonly List<EvenementDeVie> _evenements = [];
    private readonly List<CanalDeContact> _canaux = [];
    private readonly List<Demarche> _demarches = [];
    private SituationFamiliale _situation = SituationFamiliale.Isole;
    private LocalDate? _dateSituation;
    private LocalDate? _naissanceConjoint;
    private Montant _ressourcesMensuelles;
    private Montant _ressourcesN2;
    private bool _telephoneConnu;
    private DroitsEtDevoirs? _droitsEtDevoirsAllocataire;
    private DroitsEtDevoirs? _droitsEtDevoirsConjoint;
    private RoleDansLeFoyer? _droitsEtDevoirsEnfant;
    private QuotientFamilialDuDossier? _quotientFamilialCaf;

    internal FoyerBuilder(NumeroAllocataire numero, CodeCommune commune, LocalDate naissanceAllocataire)
    {
        _numero = numero;
        _commune = commune;
        _naissanceAllocataire = naissanceAllocataire;
    }

    /// <summary>Personne seule depuis une date.</summary>
    /// <param name="depuis">Date de la situation.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Isole(LocalDate depuis)
    {
        _situation = SituationFamiliale.Isole;
        _dateSituation = depuis;
        _naissanceConjoint = null;
        return this;
    }

    /// <summary>En couple depuis une date, avec la date de naissance du conjoint.</summary>
    /// <param name="naissanceConjoint">Date de naissance du conjoint.</param>
    /// <param name="depuis">Date de la situation.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder EnCouple(LocalDate naissanceConjoint, LocalDate depuis)
    {
        _situation = SituationFamiliale.EnCouple;
        _dateSituation = depuis;
        _naissanceConjoint = naissanceConjoint;
        return this;
    }

    /// <summary>Ajoute un enfant à charge.</summary>
    /// <param name="naissance">Date de naissance.</param>
    /// <param name="handicap">Handicap reconnu.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecEnfant(LocalDate naissance, bool handicap = false)
    {
        _enfants.Add(new Personne(RoleDansLeFoyer.Enfant, naissance, handicap));
        return this;
    }

    /// <summary>
    /// Ajoute un enfant à charge en résidence alternée au domicile de chacun de ses parents (CSS L521-2) : il compte
    /// pour moitié de sa part dans le quotient familial (<see cref="Aides.BaremeDesParts.CoefficientResidenceAlternee"/>)
    /// et dans les unités de consommation.
    /// </summary>
    /// <param name="naissance">Date de naissance.</param>
    /// <param name="handicap">Handicap reconnu.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecEnfantEnResidenceAlternee(LocalDate naissance, bool handicap = false)
    {
        _enfants.Add(new Personne(RoleDansLeFoyer.Enfant, naissance, handicap) { ResidenceAlternee = true });
        return this;
    }

    /// <summary>
    /// Fixe le quotient familial officiel tel que le dossier de la Caf le porte, avec la date à laquelle il est connu :
    /// il est alors retenu tel quel pour l'éligibilité aux aides, sans recalcul (<see cref="Aides.ContexteEligibilite"/>).
    /// </summary>
    /// <param name="valeur">La valeur du quotient, en euros par mois (positive ou nulle).</param>
    /// <param name="connuAu">La date à laquelle la Caf l'a établi (pas avant la naissance de l'allocataire).</param>
    /// <returns>Ce constructeur.</returns>
    /// <remarks><see cref="Build"/> refuse une valeur négative (<c>foyer.quotient_familial.negatif</c>) et une date
    /// antérieure à la naissance de l'allocataire (<c>foyer.quotient_familial.date</c>).</remarks>
    public FoyerBuilder AvecQuotientFamilialCaf(Montant valeur, LocalDate connuAu)
    {
        _quotientFamilialCaf = new QuotientFamilialDuDossier(valeur, connuAu);
        return this;
    }

    /// <summary>Fixe les ressources.</summary>
    /// <param name="mensuelles">Ressources mensuelles du foyer hors prestations.</param>
    /// <param name="annuellesN2">Ressources annuelles de l'année N-2.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder AvecRessources(Montant mensuelles, Montant annuellesN2)
    {
        _ressourcesMensuelles = mensuelles;
        _ressourcesN2 = annuellesN2;
        return this;
    }

    /// <summary>Ajoute une prestation perçue.</summary>
    /// <param name="prestation">La prestation.</param>
    /// <param name="montantMensuel">Le montant mensuel.</param>
    /// <param name="majoree">RSA majoré pour isolement.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Percoit(Prestation prestation, Montant montantMensuel, bool majoree = false)
    {
        _prestations.Add(new PrestationPercue(Preconditions.CheckNotNull(prestation), montantMensuel, majoree));
        return this;
    }

    /// <summary>Ajoute un événement de vie.</summary>
    /// <param name="type">Le type.</param>
    /// <param name="date">La date.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Evenement(TypeEvenement type, LocalDate date)
    {
        _evenements.Add(new EvenementDeVie(Preconditions.CheckNotNull(type), date));
        return this;
    }

    /// <summary>Déclare un canal de contact utilisé.</summary>
    /// <param name="canal">Le canal.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Canal(CanalDeContact canal)
    {
        if (!_canaux.Contains(Preconditions.CheckNotNull(canal)))
        {
            _canaux.Add(canal);
        }

        return this;
    }

    /// <summary>Ajoute une démarche (et déclare son canal).</summary>
    /// <param name="date">La date.</param>
    /// <param name="canal">Le canal.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Demarche(LocalDate date, CanalDeContact canal)
    {
        _demarches.Add(new Demarche(date, Preconditions.CheckNotNull(canal)));
        return Canal(canal);
    }

    /// <summary>
    /// Fixe la soumission aux droits et devoirs du RSA de l'allocataire ou du conjoint (<c>TOPPERSDRODEVORSA</c>, CASF
    /// L262-28), datée ; sans appel, elle n'est pas connue.
    /// </summary>
    /// <param name="personne">L'allocataire ou le conjoint.</param>
    /// <param name="soumis">La personne est soumise aux droits et devoirs.</param>
    /// <param name="depuis">La date depuis laquelle la valeur vaut (pas avant la naissance de la personne).</param>
    /// <returns>Ce constructeur.</returns>
    /// <remarks><see cref="Build"/> refuse un enfant (<c>foyer.droits_devoirs.role</c>), un conjoint sans couple
    /// (<c>foyer.droits_devoirs.conjoint</c>) et une date antérieure à la naissance (<c>foyer.droits_devoirs.date</c>).</remarks>
    public FoyerBuilder DroitsEtDevoirs(RoleDansLeFoyer personne, bool soumis, LocalDate depuis)
    {
        Preconditions.CheckNotNull(personne);
        var valeur = new DroitsEtDevoirs(soumis, depuis);
        if (personne == RoleDansLeFoyer.Allocataire)
        {
            _droitsEtDevoirsAllocataire = valeur;
        }
        else if (personne == RoleDansLeFoyer.Conjoint)
        {
            _droitsEtDevoirsConjoint = valeur;
        }
        else
        {
            _droitsEtDevoirsEnfant = personne;
        }

        return this;
    }

    /// <summary>Indique qu'un numéro de téléphone est connu.</summary>
    /// <param name="connu">Connu ou non.</param>
    /// <returns>Ce constructeur.</returns>
    public FoyerBuilder Telephone(bool connu = true)
    {
        _telephoneConnu = connu;
        return this;
    }

    /// <summary>Vérifie les invariants et construit le foyer.</summary>
    /// <returns>Le foyer, ou toutes les erreurs (codes <c>foyer.*</c>).</returns>
    public Resultat<Foyer> Build()
    {
        var erreurs = new List<Erreur>();
        if (!_numero.EstDefini)
        {
            erreurs.Add(new Erreur("foyer.numero.absent", "numero_allocataire", null, "Le numéro allocataire est obligatoire."));
        }

        if (!_commune.EstDefini)
        {
            erreurs.Add(new Erreur("foyer.commune.absente", "commune", null, "La commune de résidence est obligatoire."));
        }

        var dateSituation = _dateSituation ?? _naissanceAllocataire;
        if (dateSituation < _naissanceAllocataire)
        {
            erreurs.Add(new Erreur("foyer.situation.date", "date_situation", Dates.FormaterIso(dateSituation), "La situation familiale ne peut précéder la naissance de l'allocataire."));
        }

        for (var i = 0; i < _enfants.Count; i++)
        {
            if (_enfants[i].DateNaissance <= _naissanceAllocataire)
            {
                erreurs.Add(new Erreur("foyer.enfant.naissance", $"enfants[{i}].naissance", Erreur.ValeurMasquee, "Un enfant à charge naît après l'allocataire."));
            }
        }

        if (_ressourcesMensuelles.EstNegatif)
        {
            erreurs.Add(new Erreur("foyer.ressources.negatives", "ressources_mensuelles", _ressourcesMensuelles.ToString(), "Les ressources ne sont pas négatives."));
        }

        if (_ressourcesN2.EstNegatif)
        {
            erreurs.Add(new Erreur("foyer.ressources.negatives", "ressources_n2", _ressourcesN2.ToString(), "Les ressources ne sont pas négatives."));
        }

        // Le total des prestations (Foyer.TotalPrestations, population colonnaire) reste un montant représentable.
        var total = Int128.Zero;
        foreach (var p in _prestations)
        {
            total += p.MontantMensuel.Centimes;
        }

        if (total > Montant.MaxValue.Centimes)
        {
            erreurs.Add(new Erreur("foyer.prestations.capacite", "prestations", null, $"Le total mensuel des prestations dépasse la capacité d'un montant ({Montant.MaxValue})."));
        }

        for (var i = 0; i < _prestations.Count; i++)
        {
            var p = _prestations[i];
            if (p.MontantMensuel.EstNegatif)
            {
                erreurs.Add(new Erreur("foyer.prestation.montant", $"prestations[{i}].montant", p.MontantMensuel.ToString(), "Le montant d'une prestation n'est pas négatif."));
            }

            if (_prestations.FindIndex(x => x.Prestation == p.Prestation) < i)
            {
                erreurs.Add(new Erreur("foyer.prestation.doublon", $"prestations[{i}].prestation", p.Prestation.Code, "Une prestation n'est déclarée qu'une fois."));
            }

            if (p.Majoree && p.Prestation != Prestation.Rsa)
            {
                erreurs.Add(new Erreur("foyer.prestation.majoration", $"prestations[{i}].majore", p.Prestation.Code, "Seul le RSA connaît la majoration pour isolement."));
            }

            if (p.Majoree && _situation != SituationFamiliale.Isole)
            {
                erreurs.Add(new Erreur("foyer.prestation.majoration", $"prestations[{i}].majore", _situation.Code, "Le RSA majoré est réservé à une personne seule (CASF L262-9)."));
            }
        }

        for (var i = 0; i < _evenements.Count; i++)
        {
            if (_evenements[i].Date < _naissanceAllocataire)
            {
                erreurs.Add(new Erreur("foyer.evenement.date", $"evenements[{i}].date", Dates.FormaterIso(_evenements[i].Date), "Un événement de vie ne précède pas la naissance de l'allocataire."));
            }
        }

        if (_quotientFamilialCaf is { } qf)
        {
            if (qf.Valeur.EstNegatif)
            {
                erreurs.Add(new Erreur("foyer.quotient_familial.negatif", "quotient_familial_caf", qf.Valeur.ToString(), "Le quotient familial n'est pas négatif."));
            }

            if (qf.ConnuAu < _naissanceAllocataire)
            {
                erreurs.Add(new Erreur("foyer.quotient_familial.date", "quotient_familial_caf", Dates.FormaterIso(qf.ConnuAu), "Le quotient familial ne peut être établi avant la naissance de l'allocataire."));
            }
        }

        ValiderDroitsEtDevoirs(erreurs);
        ValiderDroits(erreurs);
        if (erreurs.Count > 0)
        {
            return Resultat<Foyer>.Echec(erreurs);
        }

        var conjoint = _naissanceConjoint is { } nc ? new Personne(RoleDansLeFoyer.Conjoint, nc) { DroitsEtDevoirs = _droitsEtDevoirsConjoint } : null;
        var foyer = new Foyer(
            _numero,
            _commune,
            _situation,
            dateSituation,
            new Personne(RoleDansLeFoyer.Allocataire, _naissanceAllocataire) { DroitsEtDevoirs = _droitsEtDevoirsAllocataire },
            conjoint,
            [.. _enfants.OrderBy(e => e.DateNaissance)],
            _ressourcesMensuelles,
            _ressourcesN2,
            [.. _prestations],
            [.. _evenements.OrderBy(e => e.Date)],
            [.. _canaux],
            [.. _demarches.OrderBy(d => d.Date)],
            _telephoneConnu)
        {
            QuotientFamilialCaf = _quotientFamilialCaf,
        };
        AttacherDroits(foyer);
        return foyer;
    }

    private void ValiderDroitsEtDevoirs(List<Erreur> erreurs)
    {
        if (_droitsEtDevoirsEnfant is { } role)
        {
            erreurs.Add(new Erreur("foyer.droits_devoirs.role", "droits_devoirs", role.Code, "Seuls l'allocataire et le conjoint sont soumis aux droits et devoirs du RSA (CASF L262-28)."));
        }

        if (_droitsEtDevoirsAllocataire is { } a && a.Depuis < _naissanceAllocataire)
        {
            erreurs.Add(new Erreur("foyer.droits_devoirs.date", "droits_devoirs", Dates.FormaterIso(a.Depuis), "La soumission aux droits et devoirs ne précède pas la naissance de la personne."));
        }

        if (_droitsEtDevoirsConjoint is { } c)
        {
            if (_naissanceConjoint is not { } naissance)
            {
                erreurs.Add(new Erreur("foyer.droits_devoirs.conjoint", "droits_devoirs_conjoint", null, "Une personne seule n'a pas de conjoint soumis aux droits et devoirs."));
            }
            else if (c.Depuis < naissance)
            {
                erreurs.Add(new Erreur("foyer.droits_devoirs.date", "droits_devoirs_conjoint", Dates.FormaterIso(c.Depuis), "La soumission aux droits et devoirs ne précède pas la naissance de la personne."));
            }
        }
    }
}
