using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Flux;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <summary>Générateurs du flux « RSA bénéficiaires » (module <c>Flux</c>).</summary>
public static partial class GenerateursCaf
{
    /// <summary>
    /// Dossiers RSA valides datés d'une date de référence de flux : un demandeur de 18 à 70 ans, un conjoint une fois
    /// sur trois, 0 à 4 enfants, parfois une « autre personne », soumission aux droits et devoirs connue ou non, toute
    /// situation de famille, commune présente ou non, tout état ETATDOSRSA, 0 à 2 suspensions, une clôture pour les
    /// états 5 et 6, 0 à 2 événements.
    /// </summary>
    /// <param name="dateDesDonnees">La date de référence du flux (<c>DTREF</c>).</param>
    /// <returns>Le générateur.</returns>
    public static Gen<DossierRsa> DossierRsa(LocalDate dateDesDonnees) =>
        from numero in NumeroAllocataire
        from organisme in Gen.Choose(1, 999).Select(n => n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
        from etat in Gen.Elements(EtatDossierRsa.Toutes.ToArray())
        from demande in DateEntre(dateDesDonnees.PlusYears(-10), dateDesDonnees)
        from naissance in DateEntre(dateDesDonnees.PlusYears(-70), dateDesDonnees.PlusYears(-18))
        from couple in Gen.Elements(false, false, true)
        from naissanceConjoint in DateEntre(dateDesDonnees.PlusYears(-70), dateDesDonnees.PlusYears(-18))
        from enfants in DateEntre(dateDesDonnees.PlusYears(-17), dateDesDonnees).ArrayOf().Select(a => a.Take(4).ToArray())
        from autre in Gen.Elements(false, false, false, true)
        from soumis in Gen.Elements<bool?>(null, true, false).ArrayOf(2)
        from situation in Gen.Elements(SituationFamilleRsa.Toutes.ToArray())
        from depuis in DateEntre(naissance, dateDesDonnees)
        from commune in Gen.Elements(true, true, true, false).SelectMany(a => a ? CodeCommune.Select(c => (Territoires.CodeCommune?)c) : Gen.Constant<Territoires.CodeCommune?>(null))
        from suspensions in (from motif in Gen.Elements(MotifSuspensionRsa.Toutes.ToArray())
                             from date in DateEntre(dateDesDonnees.PlusYears(-2), dateDesDonnees)
                             select (motif, date)).ArrayOf().Select(a => a.Take(2).ToArray())
        from motifCloture in Gen.Elements(MotifClotureRsa.Toutes.ToArray())
        from dateCloture in DateEntre(dateDesDonnees.PlusYears(-1), dateDesDonnees)
        from sansDomicile in Gen.Elements(false, false, false, true)
        from evenements in (from date in DateEntre(dateDesDonnees.PlusMonths(-1), dateDesDonnees)
                            from fait in Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray()).ArrayOf().Select(c => new string([.. c.Take(9)]))
                            where fait.Length > 0
                            select (date, fait)).ArrayOf().Select(a => a.Take(2).ToArray())
        select ConstruireDossier(dateDesDonnees, numero, organisme, etat, demande, naissance, couple ? naissanceConjoint : null, enfants, autre, soumis, situation, depuis, commune, suspensions, (motifCloture, dateCloture), sansDomicile, evenements);

    private static DossierRsa ConstruireDossier(
        LocalDate dateDesDonnees,
        NumeroAllocataire numero,
        string organisme,
        EtatDossierRsa etat,
        LocalDate demande,
        LocalDate naissance,
        LocalDate? naissanceConjoint,
        LocalDate[] enfants,
        bool autre,
        bool?[] soumis,
        SituationFamilleRsa situation,
        LocalDate depuis,
        Territoires.CodeCommune? commune,
        (MotifSuspensionRsa Motif, LocalDate Date)[] suspensions,
        (MotifClotureRsa Motif, LocalDate Date) cloture,
        bool sansDomicile,
        (LocalDate Date, string Fait)[] evenements)
    {
        var b = Flux.DossierRsa.Builder(numero, dateDesDonnees, etat)
            .Organisme(organisme)
            .Demande(demande)
            .Situation(situation, depuis)
            .Commune(commune)
            .SansDomicileFixe(sansDomicile)
            .Personne(RolePersonneRsa.Demandeur, naissance, soumis[0]);
        if (naissanceConjoint is { } nc)
        {
            b.Personne(RolePersonneRsa.Conjoint, nc, soumis[1]);
        }

        foreach (var e in enfants)
        {
            b.Personne(RolePersonneRsa.Enfant, e);
        }

        if (autre)
        {
            b.Personne(RolePersonneRsa.AutrePersonne, naissance.PlusYears(-20));
        }

        foreach (var (motif, date) in suspensions)
        {
            b.Suspension(motif, date);
        }

        if (etat.EtatGenerique == EtatDroit.Clos)
        {
            b.Cloture(cloture.Motif, cloture.Date);
        }

        foreach (var (date, fait) in evenements)
        {
            b.Evenement(date, fait);
        }

        return b.Build().GetValueOrThrow();
    }
}
