using System.Collections.Immutable;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Utility;

namespace Caf.Accompagnement.Activite;

/// <summary>Les mesures de résultat d'une campagne de contacts pour un public (ou pour toute la campagne).</summary>
/// <param name="Public">Le code du public de campagne, <see cref="ResultatsDeCampagne.TousPublics"/> pour le total ou
/// <see cref="ResultatsDeCampagne.PublicInconnu"/> pour un foyer dont les signaux ne sont plus connus.</param>
/// <param name="Contactes">Foyers dont au moins un contact est enregistré.</param>
/// <param name="Joints">Foyers joints (au moins une issue autre que « injoignable »).</param>
/// <param name="BesoinDAccompagnement">Foyers qui avaient besoin d'un accompagnement : aide aux démarches ou rendez-vous proposé.</param>
/// <param name="RendezVousTenus">Foyers dont le dossier ouvert à la suite du contact a un rendez-vous tenu.</param>
/// <param name="DroitsRetablis">Foyers dont le signal de ce public a disparu à une détection postérieure au contact, ou
/// <see langword="null"/> sans détection ultérieure.</param>
public sealed record ResultatDUnPublic(string Public, int Contactes, int Joints, int BesoinDAccompagnement, int RendezVousTenus, int? DroitsRetablis)
{
    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Public} : {Contactes} contactés, {Joints} joints, {BesoinDAccompagnement} avec un besoin d'accompagnement, {RendezVousTenus} rendez-vous tenus"
        + (DroitsRetablis is { } r ? $", {r} droits rétablis" : string.Empty);
}

/// <summary>
/// Les mesures de résultat d'une campagne de contacts proactifs par public, sur le modèle de la Caf de la Loire (2020) :
/// vérifier si les personnes « ont besoin d'un accompagnement », leur proposer « de l'aide pour leurs démarches, un
/// rendez-vous téléphonique … voire un rendez-vous avec un travailleur social », éviter la rupture de droits.
/// </summary>
/// <remarks>Un foyer compte dans chacun des publics de son contact (comme <see cref="TotalSecteur.ParMotif"/>) et une
/// seule fois dans le total. Les droits rétablis se lisent sur une campagne ultérieure (<see cref="PlanificateurDeCampagne.MettreAJour"/>) :
/// le foyer n'y a plus de signal de ce public.</remarks>
public sealed class ResultatsDeCampagne
{
    /// <summary>Le « public » du total.</summary>
    public const string TousPublics = "TOUS";

    /// <summary>Le public d'un foyer contacté dont ni le contact ni la détection ne sont connus (campagne relue d'un instantané).</summary>
    public const string PublicInconnu = "INCONNU";

    private ResultatsDeCampagne(ImmutableArray<ResultatDUnPublic> parPublic, ResultatDUnPublic total)
    {
        ParPublic = parPublic;
        Total = total;
    }

    /// <summary>Les mesures par code de public, triées.</summary>
    public ImmutableArray<ResultatDUnPublic> ParPublic { get; }

    /// <summary>Les mesures de toute la campagne (foyers distincts).</summary>
    public ResultatDUnPublic Total { get; }

    /// <summary>Calcule les mesures de résultat.</summary>
    /// <param name="campagne">La campagne et son historique de contacts.</param>
    /// <param name="dossiers">Les dossiers d'accompagnement (ceux ouverts à la suite d'un contact comptent pour les rendez-vous tenus).</param>
    /// <param name="ulterieure">Une campagne ultérieure (détections à jour) pour les droits rétablis, ou <see langword="null"/>.</param>
    /// <returns>Les mesures.</returns>
    public static ResultatsDeCampagne Calculer(Campagne campagne, IEnumerable<DossierDAccompagnement> dossiers, Campagne? ulterieure = null)
    {
        Preconditions.CheckNotNull(campagne);
        var tenus = Preconditions.CheckNotNull(dossiers)
            .Where(d => d.Origine.Sorte == SorteDOrigine.Contact && d.RendezVous.Any(r => r.Issue == IssueDuRendezVous.Tenu))
            .Select(d => d.Numero)
            .ToHashSet();
        var parPublic = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var total = new int[5];
        foreach (var (numero, appels) in campagne.Historique)
        {
            if (appels.IsEmpty)
            {
                continue;
            }

            var signaux = campagne.ContactDe(numero)?.Signaux ?? campagne.DetectionDe(numero)?.Signaux ?? [];
            string[] publics = signaux.IsEmpty ? [PublicInconnu] : [.. signaux.Select(s => s.CodePublic).Distinct()];
            var joint = appels.Exists(a => a.Issue.EstJoint);
            var besoin = appels.Exists(a => a.Issue == IssueDuContact.DemarcheFaiteEnLigne || OrigineDuDossier.IssuesQuiOuvrentUnDossier.Contains(a.Issue));
            var tenu = tenus.Contains(numero);
            var apres = ulterieure?.DetectionDe(numero) is { } d && d.EvalueLe > appels[^1].Date ? d : null;
            Ajouter(total, joint, besoin, tenu, apres is not null && publics.All(p => !apres.Signaux.Any(s => s.CodePublic == p)));
            foreach (var p in publics)
            {
                if (!parPublic.TryGetValue(p, out var c))
                {
                    parPublic[p] = c = new int[5];
                }

                Ajouter(c, joint, besoin, tenu, apres is not null && p != PublicInconnu && !apres.Signaux.Any(s => s.CodePublic == p));
            }
        }

        ResultatDUnPublic Resultat(string p, int[] c) => new(p, c[0], c[1], c[2], c[3], ulterieure is null ? null : c[4]);
        return new ResultatsDeCampagne([.. parPublic.Select(kv => Resultat(kv.Key, kv.Value))], Resultat(TousPublics, total));
    }

    /// <summary>Les mesures d'un public, ou des mesures nulles s'il n'a aucun foyer contacté.</summary>
    /// <param name="codePublic">Le code du public.</param>
    /// <returns>Les mesures.</returns>
    public ResultatDUnPublic Pour(string codePublic) =>
        ParPublic.FirstOrDefault(r => r.Public == codePublic) ?? new ResultatDUnPublic(codePublic, 0, 0, 0, 0, Total.DroitsRetablis is null ? null : 0);

    /// <summary>Résumé du total.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Total.Contactes} foyers contactés, {Total.Joints} joints, {Total.BesoinDAccompagnement} avec un besoin d'accompagnement, {Total.RendezVousTenus} rendez-vous tenus"
        + (Total.DroitsRetablis is { } r ? $", {r} droits rétablis" : string.Empty);

    private static void Ajouter(int[] c, bool joint, bool besoin, bool tenu, bool retabli)
    {
        c[0]++;
        c[1] += joint ? 1 : 0;
        c[2] += besoin ? 1 : 0;
        c[3] += tenu ? 1 : 0;
        c[4] += retabli ? 1 : 0;
    }
}
