using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Foyers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <content>Générateurs du module Aides.</content>
public static partial class GenerateursCaf
{
    private static readonly LocalDate DebutDesAides = new(2021, 1, 1);
    private static readonly LocalDate FinDesAides = new(2026, 12, 31);

    /// <summary>Types d'aide pris dans un catalogue.</summary>
    /// <param name="catalogue">Le catalogue (<see cref="CatalogueDesAides.Reference"/> par défaut).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<TypeDAide> TypeDAide(CatalogueDesAides? catalogue = null) =>
        Gen.Elements((catalogue ?? CatalogueDesAides.Reference).Tous.ToArray());

    /// <summary>
    /// Échéanciers calculés par <see cref="Echeancier.Calculer"/> : capital de 0,01 € à 10 000,00 €, 1 à 120 échéances
    /// (au plus une par centime), première échéance entre 2021 et 2026.
    /// </summary>
    public static Gen<Echeancier> Echeancier =>
        from capital in Gen.Frequency((3, Gen.Choose(1, 300_000)), (1, Gen.Choose(1, 1_000_000)), (1, Gen.Choose(1, 200)))
        from n in Gen.Choose(1, Math.Min(120, capital))
        from premiere in DateEntre(DebutDesAides, FinDesAides)
        select Aides.Echeancier.Calculer(Accompagnement.Montant.FromCentimes(capital), n, premiere);

    /// <summary>
    /// Prêts sans intérêt créés par <see cref="Aides.Pret.Create"/> puis suivis de 0 à 4 mouvements (remboursement
    /// partiel, éventuellement par retenue, remboursement anticipé, rééchelonnement, remise de dette) : en cours,
    /// remboursés ou remis.
    /// </summary>
    public static Gen<Pret> Pret =>
        from capital in Gen.Choose(100, 500_000)
        from n in Gen.Choose(1, 36)
        from octroi in DateEntre(DebutDesAides, FinDesAides)
        from retenue in Gen.Elements(false, false, true)
        from mouvements in (from sorte in Gen.Choose(0, 5)
                            from delai in Gen.Choose(0, 90)
                            from part in Gen.Choose(1, 100)
                            select (sorte, delai, part)).ArrayOf().Select(a => a.Take(4).ToArray())
        select SuivrePret(
            Aides.Pret.Create(
                Accompagnement.Montant.FromCentimes(capital),
                n,
                octroi.PlusMonths(1),
                octroi,
                retenue ? new RetenueSurPrestations(Accompagnement.Montant.FromEuros(600m)) : null).GetValueOrThrow(),
            octroi,
            mouvements);

    /// <summary>Quotients familiaux calculés par <see cref="Aides.QuotientFamilial.Calculer(Foyer, LocalDate, BaremeDesParts?)"/> sur des foyers générés.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<QuotientFamilial> QuotientFamilial(LocalDate reference) =>
        Foyer(reference).Select(f => Aides.QuotientFamilial.Calculer(f, reference));

    /// <summary>
    /// Entrées du quotient familial (<see cref="Testing.FoyerPourQuotient"/>) : seul ou en couple, 0 à 6 enfants de 0 à
    /// 19 ans dont une partie handicapés ou en résidence alternée, ressources N-2 de 0 à 100 000 €, et une partie des
    /// prestations (<see cref="Droits.Prestation.Toutes"/>) de 0 à 1 500 € par mois.
    /// </summary>
    /// <param name="reference">La date de référence (âges des enfants).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<FoyerPourQuotient> FoyerPourQuotient(LocalDate reference) =>
        from couple in Gen.Elements(false, true)
        from age in Gen.Choose(25, 60)
        from enfants in EnfantPourQuotient(reference).ArrayOf().Select(a => a.Take(6).ToArray())
        from n2 in Gen.Choose(0, 10_000_000)
        from prestations in Gen.SubListOf(Droits.Prestation.Toutes.ToArray())
        from montants in Gen.Choose(0, 150_000).ArrayOf(Droits.Prestation.Toutes.Count)
        select new FoyerPourQuotient(
            couple,
            reference.PlusYears(-age),
            [.. enfants],
            Accompagnement.Montant.FromCentimes(n2),
            [.. prestations.Select((p, i) => new PrestationPercue(p, Accompagnement.Montant.FromCentimes(montants[i])))]);

    /// <summary>Enfants de 0 à 19 ans à une date, handicapés une fois sur cinq, en résidence alternée une fois sur trois.</summary>
    /// <param name="reference">La date de référence.</param>
    /// <returns>Le générateur.</returns>
    public static Gen<EnfantPourQuotient> EnfantPourQuotient(LocalDate reference) =>
        from jours in Gen.Choose(1, (19 * 365) + 4)
        from handicap in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from alterne in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new EnfantPourQuotient(reference.PlusDays(-jours), handicap, alterne);

    /// <summary>
    /// Demandes d'aide dans chacun des statuts (<see cref="StatutDemande.Toutes"/>) : un statut cible est tiré, puis la
    /// demande est déposée et conduite jusqu'à lui par les commandes de l'agrégat, avec des détours (pièces demandées
    /// puis reçues, ajournement puis reprise) et des dates croissantes. Le type est pris dans le catalogue parmi ceux
    /// qui peuvent atteindre le statut (un prêt pour les statuts de remboursement, une subvention pour « versée ») ; si
    /// aucun ne le peut, la demande reste déposée.
    /// </summary>
    /// <param name="catalogue">Le catalogue (<see cref="CatalogueDesAides.Reference"/> par défaut).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<DemandeDAide> DemandeDAide(CatalogueDesAides? catalogue = null)
    {
        var types = (catalogue ?? CatalogueDesAides.Reference).Tous;
        return from cible in Gen.Elements(StatutDemande.Toutes.ToArray())
               let possibles = types.Where(t => FormePour(t, cible, 0) is not null).ToArray()
               let statut = possibles.Length > 0 ? cible : StatutDemande.Deposee
               from type in Gen.Elements(possibles.Length > 0 ? possibles : types.ToArray())
               from choixForme in Gen.Choose(0, 10)
               from numero in NumeroAllocataire
               from identifiant in Gen.Choose(1, 999_999)
               from depot in DateEntre(DebutDesAides, FinDesAides)
               from centimes in Gen.Choose(100, 300_000)
               from pourcent in Gen.Choose(1, 100)
               from detours in Gen.Choose(0, 3)
               from delais in Gen.Choose(0, 30).ArrayOf(12)
               from echeances in Gen.Choose(1, 24)
               from partiel in Gen.Elements(false, true)
               select Conduire(statut, type, FormePour(type, statut, choixForme) ?? type.FormesAdmises[0], numero, identifiant, depot, centimes, pourcent, detours, delais, echeances, partiel);
    }

    /// <summary>
    /// Enveloppes budgétaires créées par <see cref="EnveloppeBudgetaire.Create"/> (année 2021 à 2026, dotation jusqu'à
    /// 200 000 €, plafonds sur une partie des catégories) puis suivies de 0 à 15 opérations (engager, consommer, libérer,
    /// enregistrer un remboursement de prêt) ; les opérations refusées (dépassement…) sont ignorées.
    /// </summary>
    public static Gen<EnveloppeBudgetaire> EnveloppeBudgetaire =>
        from annee in Gen.Choose(2021, 2026)
        from dotation in Gen.Choose(0, 20_000_000)
        from plafonds in Gen.SubListOf(CategorieAide.Toutes.Where(c => c.EstVersee).ToArray())
        from parts in Gen.Choose(0, 100).ArrayOf(CategorieAide.Toutes.Count)
        from operations in (from sorte in Gen.Frequency((5, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
                            from jour in Gen.Choose(0, 364)
                            from montant in Gen.Frequency((4, Gen.Choose(1, 300_000)), (1, Gen.Choose(1, 20_000_000)))
                            from indice in Gen.Choose(0, 1000)
                            select (sorte, jour, montant, indice)).ArrayOf().Select(a => a.Take(15).ToArray())
        select SuivreEnveloppe(
            Aides.EnveloppeBudgetaire.Create(
                "401",
                annee,
                Accompagnement.Montant.FromCentimes(dotation),
                plafonds.Select((c, i) => (c, Accompagnement.Montant.FromCentimes(dotation / 100L * parts[i]))).ToDictionary(x => x.c, x => x.Item2)).GetValueOrThrow(),
            operations);

    private static FormeAide? FormePour(TypeDAide type, StatutDemande statut, int choix)
    {
        FormeAide[] formes = statut == StatutDemande.EnRemboursement || statut == StatutDemande.Soldee
            ? [.. type.FormesAdmises.Where(f => f == FormeAide.Pret)]
            : statut == StatutDemande.Versee
                ? [.. type.FormesAdmises.Where(f => f.EstMonetaire && f != FormeAide.Pret)]
                : [.. type.FormesAdmises];
        return formes.Length == 0 ? null : formes[choix % formes.Length];
    }

    private static DemandeDAide Conduire(
        StatutDemande cible, TypeDAide type, FormeAide forme, NumeroAllocataire numero, int identifiant, LocalDate depot, int centimes, int pourcent, int detours, int[] delais, int echeances, bool partiel)
    {
        var montant = forme.EstMonetaire ? Accompagnement.Montant.FromCentimes(centimes) : Accompagnement.Montant.Zero;
        var demande = Aides.DemandeDAide.Deposer(FormattableString.Invariant($"D-{identifiant:D6}"), numero, type, montant, forme, depot).GetValueOrThrow();
        var pas = 0;
        LocalDate Date() => demande.DateDernierEvenement.PlusDays(delais[pas++ % delais.Length]);
        void Faire(Func<DemandeDAide, LocalDate, Resultat<Evolution<DemandeDAide>>> commande) => demande = commande(demande, Date()).GetValueOrThrow().Etat;

        if (cible == StatutDemande.Deposee)
        {
            return demande;
        }

        if (cible == StatutDemande.Classee)
        {
            if ((detours & 1) == 1)
            {
                Faire((d, j) => d.Instruire(j));
            }

            Faire((d, j) => d.Classer(j, "Sans réponse du demandeur"));
            return demande;
        }

        Faire((d, j) => d.Instruire(j));
        if ((detours & 1) == 1)
        {
            Faire((d, j) => d.DemanderDesPieces(j, ["Justificatif de domicile"]));
            Faire((d, j) => d.RecevoirLesPieces(j));
        }

        if ((detours & 2) == 2)
        {
            Faire((d, j) => d.Ajourner(j, "Dans l'attente d'un devis"));
            Faire((d, j) => d.Reprendre(j));
        }

        if (cible == StatutDemande.EnAttenteDePieces)
        {
            Faire((d, j) => d.DemanderDesPieces(j, ["Devis"]));
        }
        else if (cible == StatutDemande.Ajournee)
        {
            Faire((d, j) => d.Ajourner(j, "Dans l'attente d'une commission"));
        }
        else if (cible == StatutDemande.Refusee)
        {
            Faire((d, j) => d.Refuser(j, "Ressources supérieures au plafond"));
        }
        else if (cible != StatutDemande.EnInstruction)
        {
            var accorde = forme.EstMonetaire ? Accompagnement.Montant.FromCentimes(Math.Max(1, centimes * (long)pourcent / 100)) : Accompagnement.Montant.Zero;
            Faire((d, j) => d.Accorder(j, accorde, forme));
            if (cible == StatutDemande.Versee)
            {
                Faire((d, j) => d.Verser(j));
            }
            else if (cible == StatutDemande.EnRemboursement || cible == StatutDemande.Soldee)
            {
                var n = (int)Math.Min(echeances, accorde.Centimes);
                Faire((d, j) => d.Decaisser(j, n, j.PlusMonths(1)));
                if (cible == StatutDemande.Soldee)
                {
                    Faire((d, j) => d.RembourserParAnticipation(j));
                }
                else if (partiel && demande.Pret!.Solde.Centimes > 1)
                {
                    var part = Accompagnement.Montant.FromCentimes(Math.Max(1, demande.Pret.Solde.Centimes / 3));
                    Faire((d, j) => d.Rembourser(j, part));
                }
            }
        }

        return demande;
    }

    private static Pret SuivrePret(Pret pret, LocalDate octroi, (int Sorte, int Delai, int Part)[] mouvements)
    {
        var date = octroi;
        foreach (var (sorte, delai, part) in mouvements)
        {
            date = date.PlusDays(delai);
            var solde = pret.Solde;
            var r = sorte switch
            {
                0 or 1 or 2 => pret.Rembourser(date, Accompagnement.Montant.FromCentimes(Math.Max(1, solde.Centimes * part / 100)), parRetenue: sorte == 2 && pret.Retenue is not null),
                3 => pret.RembourserParAnticipation(date),
                4 => pret.Reechelonner(date, 1 + (part % 24), date.PlusMonths(1)),
                _ => pret.RemettreLaDette(date, "Situation de surendettement"),
            };
            if (r.TryGetValue(out var e))
            {
                pret = e.Etat;
            }
        }

        return pret;
    }

    private static EnveloppeBudgetaire SuivreEnveloppe(EnveloppeBudgetaire enveloppe, (int Sorte, int Jour, int Montant, int Indice)[] operations)
    {
        var categories = CategorieAide.Toutes.Where(c => c.EstVersee).ToArray();
        var formes = FormeAide.Toutes.Where(f => f.EstMonetaire).ToArray();
        var suivant = 1;
        foreach (var (sorte, jour, montant, indice) in operations)
        {
            var date = new LocalDate(enveloppe.Annee, 1, 1).PlusDays(Math.Min(jour, 364));
            var ouverts = enveloppe.Engagements.Values.Where(e => e.DateConsommation is null && e.Date <= date).OrderBy(e => e.Reference, StringComparer.Ordinal).ToArray();
            var r = sorte switch
            {
                0 => enveloppe.Engager(FormattableString.Invariant($"E-{suivant++:D4}"), categories[indice % categories.Length], formes[indice % formes.Length], Accompagnement.Montant.FromCentimes(montant), date),
                1 when ouverts.Length > 0 => enveloppe.Consommer(ouverts[indice % ouverts.Length].Reference, date),
                2 when ouverts.Length > 0 => enveloppe.Liberer(ouverts[indice % ouverts.Length].Reference, date),
                3 when enveloppe.CapitalPrete > enveloppe.Remboursements => enveloppe.EnregistrerRemboursement(
                    date, Accompagnement.Montant.FromCentimes(Math.Max(1, (enveloppe.CapitalPrete - enveloppe.Remboursements).Centimes * (indice % 100 + 1) / 100))),
                _ => null,
            };
            if (r is not null && r.TryGetValue(out var e))
            {
                enveloppe = e.Etat;
            }
        }

        return enveloppe;
    }
}
