using System.Collections.Immutable;
using System.Globalization;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using Caf.Accompagnement.Utility;
using NodaTime;

namespace Caf.Accompagnement.Cibles;

/// <summary>
/// Une cible locale exprimée par des conditions sur les colonnes de la population (indicateurs du foyer, âge de
/// l'allocataire, enfants, ressources, communes), compilées une fois à la date de référence : la segmentation en masse
/// l'évalue en colonnes, à la vitesse des cibles de la bibliothèque, au lieu d'appeler un prédicat foyer par foyer
/// (<see cref="CibleLocale"/>). Les mêmes conditions décident pour un foyer isolé (<see cref="ICibleADate.Contient"/>) et
/// s'expliquent (<see cref="ICibleADate.Expliquer"/>).
/// </summary>
/// <remarks>
/// <para>Toutes les conditions doivent être remplies (ET). Chaque condition se lit sur les données du dossier :</para>
/// <list type="bullet">
/// <item><see cref="CibleEnColonnesBuilder.Avec"/> / <see cref="CibleEnColonnesBuilder.Sans"/> : indicateurs présents
/// (tous) ou absents (tous) — prestations perçues, RSA majoré, couple, téléphone connu, canaux de contact ;</item>
/// <item><see cref="CibleEnColonnesBuilder.AgeAllocataire"/> : âge révolu de l'allocataire à la date de référence, bornes
/// comprises ;</item>
/// <item><see cref="CibleEnColonnesBuilder.NombreEnfants"/> : enfants à charge au dossier, bornes comprises ;</item>
/// <item><see cref="CibleEnColonnesBuilder.PlusJeuneEnfantDeMoinsDe"/> : le plus jeune enfant né au plus tard à la date
/// de référence a moins de N ans ;</item>
/// <item><see cref="CibleEnColonnesBuilder.RessourcesMensuelles"/> : ressources mensuelles du foyer dans un intervalle
/// (plancher compris, plafond exclu) ;</item>
/// <item><see cref="CibleEnColonnesBuilder.DansLesCommunes"/> : commune du foyer parmi une liste.</item>
/// </list>
/// <para>Une condition sur la situation familiale (indicateur <see cref="IndicateursFoyer.EnCouple"/>, présent ou absent)
/// suit la règle datée des cibles de la bibliothèque : une situation datée après la date de référence ne la remplit pas.
/// Les indicateurs de droits et devoirs et <see cref="IndicateursFoyer.EvenementsMultiples"/> ne s'emploient pas ici
/// (datés ou internes) : <see cref="CibleEnColonnesBuilder.Build"/> les refuse.</para>
/// </remarks>
public sealed class CibleEnColonnes : Cible
{
    private readonly ImmutableArray<CodeCommune> _communes;

    internal CibleEnColonnes(string code, string libelle, CibleEnColonnesBuilder b)
        : base(code, libelle)
    {
        Requis = b.RequisInternes;
        Exclus = b.ExclusInternes;
        AgeMinimum = b.AgeMinimumInterne;
        AgeMaximum = b.AgeMaximumInterne;
        EnfantsMinimum = b.EnfantsMinimumInterne;
        EnfantsMaximum = b.EnfantsMaximumInterne;
        PlusJeuneEnfantDeMoinsDe = b.PlusJeuneInterne;
        RessourcesPlancher = b.PlancherInterne;
        RessourcesPlafond = b.PlafondInterne;
        _communes = b.CommunesInternes is null ? [] : [.. b.CommunesInternes.Order()];
        Communes = b.CommunesInternes is null ? null : _communes;
    }

    /// <summary>Les indicateurs que le foyer doit tous avoir.</summary>
    public IndicateursFoyer Requis { get; }

    /// <summary>Les indicateurs que le foyer ne doit pas avoir (aucun).</summary>
    public IndicateursFoyer Exclus { get; }

    /// <summary>L'âge minimum de l'allocataire (révolu, compris), ou <see langword="null"/>.</summary>
    public int? AgeMinimum { get; }

    /// <summary>L'âge maximum de l'allocataire (révolu, compris), ou <see langword="null"/>.</summary>
    public int? AgeMaximum { get; }

    /// <summary>Le nombre minimum d'enfants à charge, ou <see langword="null"/>.</summary>
    public int? EnfantsMinimum { get; }

    /// <summary>Le nombre maximum d'enfants à charge, ou <see langword="null"/>.</summary>
    public int? EnfantsMaximum { get; }

    /// <summary>L'âge que le plus jeune enfant (né au plus tard à la date de référence) doit ne pas avoir atteint, ou <see langword="null"/>.</summary>
    public int? PlusJeuneEnfantDeMoinsDe { get; }

    /// <summary>Les ressources mensuelles minimales (comprises), ou <see langword="null"/>.</summary>
    public Montant? RessourcesPlancher { get; }

    /// <summary>Les ressources mensuelles maximales (exclues), ou <see langword="null"/>.</summary>
    public Montant? RessourcesPlafond { get; }

    /// <summary>Les communes admises (triées), ou <see langword="null"/> pour toutes.</summary>
    public ImmutableArray<CodeCommune>? Communes { get; }

    /// <summary>La condition porte-t-elle sur la situation familiale (indicateur couple requis ou exclu) ?</summary>
    internal bool PorteSurLaSituation => ((Requis | Exclus) & IndicateursFoyer.EnCouple) != 0;

    /// <summary>Commence une cible en colonnes.</summary>
    /// <param name="code">Le code (1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre ; pas celui d'une cible de la bibliothèque).</param>
    /// <param name="libelle">Le libellé.</param>
    /// <returns>Le constructeur.</returns>
    public static CibleEnColonnesBuilder Builder(string code, string libelle) => new(code, libelle);

    /// <summary>Les seuils de la cible à une date, en numéros de jour (pour la segmentation en colonnes).</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Les seuils.</returns>
    internal SeuilsEnColonnes Resoudre(LocalDate reference)
    {
        int naissanceMin = int.MinValue, naissanceMax = int.MaxValue, enfantNeApres = int.MinValue;
        if (AgeMinimum is { } min)
        {
            // Avant le début du calendrier, personne n'est né : la borne est la plus petite possible.
            naissanceMax = NeAuPlusTardLe(reference, min) ?? int.MinValue;
        }

        if (AgeMaximum is { } max)
        {
            naissanceMin = NeAuPlusTardLe(reference, max + 1) is { } n ? n + 1 : int.MinValue;
        }

        if (PlusJeuneEnfantDeMoinsDe is { } ans)
        {
            enfantNeApres = NeAuPlusTardLe(reference, ans) ?? int.MinValue;
        }

        return new SeuilsEnColonnes(
            this,
            NumeroDeJour.De(reference),
            (uint)(Requis | Exclus),
            (uint)Requis,
            naissanceMin,
            naissanceMax,
            EnfantsMinimum ?? 0,
            EnfantsMaximum ?? int.MaxValue,
            PlusJeuneEnfantDeMoinsDe is not null,
            enfantNeApres,
            (int)Math.Clamp(RessourcesPlancher?.Centimes ?? int.MinValue, int.MinValue, int.MaxValue),
            RessourcesPlafond is { } p ? Math.Clamp(p.Centimes - 1, (long)int.MinValue - 1, int.MaxValue) : int.MaxValue);
    }

    /// <summary>Le numéro du dernier jour de naissance qui donne <paramref name="ans"/> ans révolus à la date, ou <see langword="null"/> avant le calendrier.</summary>
    private static int? NeAuPlusTardLe(LocalDate reference, int ans) =>
        reference.Year - ans > LocalDate.MinIsoValue.Year ? NumeroDeJour.De(Dates.NeAuPlusTardLe(reference, ans)) : null;

    /// <summary>La commune d'index donné d'un référentiel est-elle admise ?</summary>
    internal bool[]? CommunesAdmises(ReferentielCommunes referentiel)
    {
        if (Communes is null)
        {
            return null;
        }

        var admises = new bool[referentiel.Count];
        foreach (var c in _communes)
        {
            if (referentiel.TryGetIndex(c, out var index))
            {
                admises[index] = true;
            }
        }

        return admises;
    }

    /// <inheritdoc/>
    public override Resultat<ICibleADate> ADate(LocalDate reference, JeuDeBaremes baremes) => new Resolue(this, Resoudre(reference));

    /// <summary>Les indicateurs d'un foyer, tels que la population les range en colonnes (prestations, couple, téléphone, canaux).</summary>
    internal static uint IndicateursDe(Foyer foyer) => EncodageDuFoyer.Indicateurs(foyer, out _);

    private sealed class Resolue(CibleEnColonnes cible, SeuilsEnColonnes seuils) : ICibleADate
    {
        public ICible Cible => cible;

        public LocalDate Reference => NumeroDeJour.VersDate(seuils.ReferenceJour);

        public bool Contient(Foyer foyer) => Conditions(Preconditions.CheckNotNull(foyer)).All(c => c.Remplie);

        public Explication Expliquer(Foyer foyer)
        {
            var conditions = Conditions(Preconditions.CheckNotNull(foyer));
            var satisfaite = conditions.All(c => c.Remplie);
            return new Explication(
                cible.Libelle,
                Redaction.Contribution + " Cette cible est une cible locale définie par la Caf.",
                [.. conditions.Select(c => c.Donnee)],
                [.. conditions.Select(c => c.Parametre)],
                [.. conditions.Select(c => $"{c.Parametre.Nom} : {(c.Remplie ? "condition remplie" : "condition non remplie")}")],
                Redaction.Conclusion(Reference, satisfaite),
                satisfaite);
        }

        private List<(bool Remplie, DonneeUtilisee Donnee, ParametreApplique Parametre)> Conditions(Foyer foyer)
        {
            var reference = Reference;
            var source = "politique de ciblage de la Caf";
            var liste = new List<(bool, DonneeUtilisee, ParametreApplique)>();
            if (seuils.MasqueIndicateurs != 0)
            {
                var indicateurs = IndicateursDe(foyer);
                var situationConnue = !cible.PorteSurLaSituation || foyer.SituationAu(reference) is not null;
                var remplie = situationConnue && (indicateurs & seuils.MasqueIndicateurs) == seuils.Requis;
                var attendu = string.Join(", ", new[] { Decrire(cible.Requis, "avec"), Decrire(cible.Exclus, "sans") }.Where(t => t.Length > 0));
                var donnee = situationConnue ? Decrire((IndicateursFoyer)(indicateurs & seuils.MasqueIndicateurs), "avec") : "situation familiale datée après la date de référence";
                liste.Add((remplie, new DonneeUtilisee("Indicateurs du dossier", donnee.Length == 0 ? "aucun des indicateurs de la condition" : donnee, Redaction.SourceDossier), new ParametreApplique("Indicateurs", attendu, null, source)));
            }

            if (cible.AgeMinimum is not null || cible.AgeMaximum is not null)
            {
                var n = NumeroDeJour.De(foyer.Allocataire.DateNaissance);
                liste.Add((n >= seuils.NaissanceMin && n <= seuils.NaissanceMax,
                    new DonneeUtilisee($"Âge de l'allocataire au {Dates.Formater(reference)}", Redaction.Ans(foyer.Allocataire.Age(reference)), "date de naissance au dossier allocataire"),
                    new ParametreApplique("Âge de l'allocataire", Bornes(cible.AgeMinimum, cible.AgeMaximum, " ans"), null, source)));
            }

            if (cible.EnfantsMinimum is not null || cible.EnfantsMaximum is not null)
            {
                var e = foyer.NombreEnfants;
                liste.Add((e >= seuils.EnfantsMin && e <= seuils.EnfantsMax,
                    new DonneeUtilisee("Nombre d'enfants à charge", e.ToString(CultureInfo.InvariantCulture), Redaction.SourceDossier),
                    new ParametreApplique("Nombre d'enfants à charge", Bornes(cible.EnfantsMinimum, cible.EnfantsMaximum, string.Empty), null, source)));
            }

            if (cible.PlusJeuneEnfantDeMoinsDe is { } ans)
            {
                LocalDate? plusJeune = null;
                foreach (var enfant in foyer.Enfants)
                {
                    if (enfant.DateNaissance <= reference && (plusJeune is null || enfant.DateNaissance > plusJeune))
                    {
                        plusJeune = enfant.DateNaissance;
                    }
                }

                var remplie = plusJeune is { } d && NumeroDeJour.De(d) > seuils.EnfantNeApres;
                liste.Add((remplie,
                    new DonneeUtilisee($"Âge du plus jeune enfant au {Dates.Formater(reference)}", plusJeune is { } j ? Redaction.Ans(Dates.AgeEnAnnees(j, reference)) : "aucun enfant né à cette date", "dates de naissance au dossier allocataire"),
                    new ParametreApplique("Plus jeune enfant de moins de", Redaction.Ans(ans), null, source)));
            }

            if (cible.RessourcesPlancher is not null || cible.RessourcesPlafond is not null)
            {
                var r = foyer.RessourcesMensuelles.Centimes;
                var plancher = cible.RessourcesPlancher?.Centimes ?? long.MinValue;
                var plafond = cible.RessourcesPlafond?.Centimes ?? long.MaxValue;
                var bornes = (cible.RessourcesPlancher is { } bas ? $"au moins {bas}" : string.Empty)
                    + (cible.RessourcesPlancher is not null && cible.RessourcesPlafond is not null ? " et " : string.Empty)
                    + (cible.RessourcesPlafond is { } haut ? $"moins de {haut}" : string.Empty);
                liste.Add((r >= plancher && r < plafond,
                    new DonneeUtilisee("Ressources mensuelles", foyer.RessourcesMensuelles.ToString(), Redaction.SourceRessources),
                    new ParametreApplique("Ressources mensuelles", bornes, null, source)));
            }

            if (cible.Communes is { } communes)
            {
                liste.Add((communes.Contains(foyer.Commune),
                    new DonneeUtilisee("Commune du foyer", foyer.Commune.ToString(), Redaction.SourceDossier),
                    new ParametreApplique("Communes admises", communes.Length <= 10 ? string.Join(", ", communes) : string.Create(CultureInfo.InvariantCulture, $"{communes.Length} communes"), null, source)));
            }

            return liste;
        }

        private static string Bornes(int? min, int? max, string unite) => (min, max) switch
        {
            ({ } a, { } b) when a == b => string.Create(CultureInfo.InvariantCulture, $"{a}{unite}"),
            ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"de {a} à {b}{unite}"),
            ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"au moins {a}{unite}"),
            (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"au plus {b}{unite}"),
            _ => string.Empty,
        };

        private static string Decrire(IndicateursFoyer indicateurs, string prefixe)
        {
            var noms = Enum.GetValues<IndicateursFoyer>().Where(v => v != IndicateursFoyer.Aucun && indicateurs.HasFlag(v)).Select(v => v.ToString()).ToList();
            return noms.Count == 0 ? string.Empty : $"{prefixe} {string.Join(", ", noms)}";
        }
    }
}

/// <summary>
/// Les seuils d'une <see cref="CibleEnColonnes"/> à une date, en numéros de jour et centimes : ce que compare le noyau de
/// la segmentation et la décision d'un foyer.
/// </summary>
internal readonly record struct SeuilsEnColonnes(
    CibleEnColonnes Cible,
    int ReferenceJour,
    uint MasqueIndicateurs,
    uint Requis,
    int NaissanceMin,
    int NaissanceMax,
    int EnfantsMin,
    int EnfantsMax,
    bool AvecPlusJeuneEnfant,
    int EnfantNeApres,
    int RessourcesMin,
    long RessourcesMax);

/// <summary>Le constructeur d'une <see cref="CibleEnColonnes"/> : chaque méthode ajoute une condition (toutes doivent être remplies).</summary>
public sealed class CibleEnColonnesBuilder
{
    private const IndicateursFoyer Interdits = IndicateursFoyer.DroitsEtDevoirsConnus | IndicateursFoyer.SoumisAuxDroitsEtDevoirs | IndicateursFoyer.EvenementsMultiples;
    private readonly string _code;
    private readonly string _libelle;
    private readonly List<Erreur> _erreurs = [];

    internal CibleEnColonnesBuilder(string code, string libelle)
    {
        _code = code;
        _libelle = libelle;
    }

    internal IndicateursFoyer RequisInternes { get; private set; }

    internal IndicateursFoyer ExclusInternes { get; private set; }

    internal int? AgeMinimumInterne { get; private set; }

    internal int? AgeMaximumInterne { get; private set; }

    internal int? EnfantsMinimumInterne { get; private set; }

    internal int? EnfantsMaximumInterne { get; private set; }

    internal int? PlusJeuneInterne { get; private set; }

    internal Montant? PlancherInterne { get; private set; }

    internal Montant? PlafondInterne { get; private set; }

    internal HashSet<CodeCommune>? CommunesInternes { get; private set; }

    private bool _condition;

    /// <summary>Le foyer a tous ces indicateurs (prestations, RSA majoré, couple, téléphone, canaux).</summary>
    /// <param name="indicateurs">Les indicateurs requis.</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder Avec(IndicateursFoyer indicateurs)
    {
        RequisInternes |= indicateurs;
        _condition = true;
        return this;
    }

    /// <summary>Le foyer n'a aucun de ces indicateurs.</summary>
    /// <param name="indicateurs">Les indicateurs exclus.</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder Sans(IndicateursFoyer indicateurs)
    {
        ExclusInternes |= indicateurs;
        _condition = true;
        return this;
    }

    /// <summary>L'allocataire a, à la date de référence, de <paramref name="minimum"/> à <paramref name="maximum"/> ans révolus.</summary>
    /// <param name="minimum">L'âge minimum (0 à 150), ou <see langword="null"/>.</param>
    /// <param name="maximum">L'âge maximum (0 à 150), ou <see langword="null"/>.</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder AgeAllocataire(int? minimum, int? maximum)
    {
        (AgeMinimumInterne, AgeMaximumInterne) = Intervalle("age", minimum, maximum, 150);
        return this;
    }

    /// <summary>Le foyer a de <paramref name="minimum"/> à <paramref name="maximum"/> enfants à charge.</summary>
    /// <param name="minimum">Le minimum (0 à 100), ou <see langword="null"/>.</param>
    /// <param name="maximum">Le maximum (0 à 100), ou <see langword="null"/>.</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder NombreEnfants(int? minimum, int? maximum = null)
    {
        (EnfantsMinimumInterne, EnfantsMaximumInterne) = Intervalle("enfants", minimum, maximum, 100);
        return this;
    }

    /// <summary>Le plus jeune enfant né au plus tard à la date de référence a moins de <paramref name="ans"/> ans.</summary>
    /// <param name="ans">L'âge (1 à 30).</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder PlusJeuneEnfantDeMoinsDe(int ans)
    {
        if (ans is < 1 or > 30)
        {
            _erreurs.Add(new Erreur("ciblage.condition.bornes", "plus_jeune_enfant", ans.ToString(CultureInfo.InvariantCulture), "L'âge du plus jeune enfant est de 1 à 30 ans."));
        }

        PlusJeuneInterne = ans;
        _condition = true;
        return this;
    }

    /// <summary>Les ressources mensuelles du foyer sont d'au moins <paramref name="plancher"/> et de moins de <paramref name="plafond"/>.</summary>
    /// <param name="plancher">Le plancher (compris), ou <see langword="null"/>.</param>
    /// <param name="plafond">Le plafond (exclu), ou <see langword="null"/>.</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder RessourcesMensuelles(Montant? plancher, Montant? plafond)
    {
        if (plancher is null && plafond is null)
        {
            _erreurs.Add(new Erreur("ciblage.condition.bornes", "ressources", null, "Un plancher, un plafond ou les deux."));
        }
        else if (plancher is { } a && plafond is { } b && a >= b)
        {
            _erreurs.Add(new Erreur("ciblage.condition.bornes", "ressources", $"{a} – {b}", "Le plancher des ressources est sous leur plafond."));
        }

        (PlancherInterne, PlafondInterne) = (plancher, plafond);
        _condition = true;
        return this;
    }

    /// <summary>La commune du foyer est l'une de celles-ci.</summary>
    /// <param name="communes">Les communes admises (au moins une).</param>
    /// <returns>Ce constructeur.</returns>
    public CibleEnColonnesBuilder DansLesCommunes(IEnumerable<CodeCommune> communes)
    {
        CommunesInternes ??= [];
        CommunesInternes.UnionWith(Preconditions.CheckNotNull(communes));
        if (CommunesInternes.Count == 0)
        {
            _erreurs.Add(new Erreur("ciblage.condition.bornes", "communes", null, "Au moins une commune."));
        }

        _condition = true;
        return this;
    }

    /// <summary>Construit la cible.</summary>
    /// <returns>La cible, ou les erreurs : <c>ciblage.cible.code</c> (code mal formé), <c>ciblage.cible.code_reserve</c>
    /// (code d'une cible de la bibliothèque), <c>ciblage.cible.libelle</c>, <c>ciblage.cible.conditions</c> (aucune
    /// condition), <c>ciblage.condition.bornes</c>, <c>ciblage.condition.contradiction</c> (indicateur requis et exclu),
    /// <c>ciblage.condition.indicateur</c> (indicateur daté ou interne).</returns>
    public Resultat<CibleEnColonnes> Build()
    {
        var erreurs = new List<Erreur>(_erreurs);
        if (!Cible.EstCodeValide(_code))
        {
            erreurs.Add(new Erreur("ciblage.cible.code", "code", _code ?? string.Empty, "Code de cible attendu : 1 à 40 caractères A-Z, 0-9 ou _, commençant par une lettre."));
        }
        else if (CatalogueDeCibles.CodesDeLaBibliotheque.Contains(_code))
        {
            erreurs.Add(new Erreur("ciblage.cible.code_reserve", "code", _code, $"Le code « {_code} » est celui d'une cible de la bibliothèque : une cible locale prend un code qui lui est propre (par exemple préfixé par la Caf)."));
        }

        if (string.IsNullOrWhiteSpace(_libelle))
        {
            erreurs.Add(new Erreur("ciblage.cible.libelle", "libelle", null, "Le libellé de la cible est obligatoire."));
        }

        if (!_condition)
        {
            erreurs.Add(new Erreur("ciblage.cible.conditions", "conditions", null, "Une cible en colonnes a au moins une condition."));
        }

        if ((RequisInternes & ExclusInternes) != 0)
        {
            erreurs.Add(new Erreur("ciblage.condition.contradiction", "indicateurs", (RequisInternes & ExclusInternes).ToString(), "Un indicateur ne peut être à la fois requis et exclu."));
        }

        if (((RequisInternes | ExclusInternes) & Interdits) != 0)
        {
            erreurs.Add(new Erreur("ciblage.condition.indicateur", "indicateurs", ((RequisInternes | ExclusInternes) & Interdits).ToString(), "Les droits et devoirs (datés) et les événements multiples ne sont pas des conditions en colonnes : employer une cible RSA ou d'événement de vie de la bibliothèque."));
        }

        return erreurs.Count > 0 ? Resultat<CibleEnColonnes>.Echec(erreurs) : new CibleEnColonnes(_code!, _libelle, this);
    }

    private (int?, int?) Intervalle(string champ, int? minimum, int? maximum, int limite)
    {
        _condition = true;
        if ((minimum is null && maximum is null) || minimum is < 0 || minimum > limite || maximum is < 0 || maximum > limite || (minimum is { } a && maximum is { } b && a > b))
        {
            _erreurs.Add(new Erreur("ciblage.condition.bornes", champ, string.Create(CultureInfo.InvariantCulture, $"{minimum?.ToString(CultureInfo.InvariantCulture) ?? "—"} – {maximum?.ToString(CultureInfo.InvariantCulture) ?? "—"}"), string.Create(CultureInfo.InvariantCulture, $"Bornes de 0 à {limite}, le minimum au plus égal au maximum, au moins l'une des deux.")));
        }

        return (minimum, maximum);
    }
}
