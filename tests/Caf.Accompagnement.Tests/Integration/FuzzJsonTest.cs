using System.Text;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Tests.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>
/// Fuzzing des lecteurs JSON des campagnes, des parcours et des demandes d'aide : octets aléatoires, textes quelconques et mutations de
/// documents valides. Jamais d'exception non gérée ; toute erreur porte son chemin JSON ; un document valide est lu
/// entièrement.
/// </summary>
public sealed class FuzzJsonTest
{
    private static readonly Gen<string> Octets =
        Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(o => Encoding.UTF8.GetString(o));

    private static readonly Lazy<string> CampagneValide = new(() =>
        CampagnesJson.Ecrire(CampagnesJsonTest.Campagne(5, 12, new LocalDate(2022, 6, 30))));

    private static readonly Lazy<string> ParcoursValide = new(() =>
        ParcoursJson.Ecrire(ParcoursJsonTest.Parcours.Where(p => p.Contrats.Length >= 2).Sample(1, new Rnd(3UL, 5UL), 30)[0]));

    private static readonly Lazy<string> DemandeValide = new(() =>
        DemandesJson.Ecrire(DemandesJsonTest.Demandes.Where(d => d.Historique.Length >= 5).Sample(1, new Rnd(7UL, 11UL), 30)[0]));

    /// <summary>Des mutations qui gardent la structure JSON mais changent les valeurs : codes, dates, nombres.</summary>
    private static Gen<string> MuterLesValeurs(string valide) =>
        from remplacements in Gen.Elements(
            ("\"JOINT\"", "\"JOINTE\""), ("\"TELEPHONE\"", "\"PIGEON\""), ("\"2022-", "\"2022-13-"), ("\"version\":1", "\"version\":2"),
            ("\"tentative\":1", "\"tentative\":0"), ("\"SIGNE\"", "\"BROUILLON\""), ("\"CER\"", "\"CE\""), ("\"numero\":2", "\"numero\":1"),
            ("\"dureeEnMois\":", "\"dureeEnMois\":-"), ("\"contacts\":3", "\"contacts\":4"), ("\"CAF\"", "\"\""), ("\":\"", "\":null,\"x\":\""),
            ("[{", "[null,{"), ("\"AGENT_CAF\"", "\"TRAVAILLEUR_SOCIAL\""), ("\"debut\":\"", "\"fin\":\""),
            ("\"EN_INSTRUCTION\"", "\"AJOURNEE\""), ("\"SUBVENTION\"", "\"PRET\""), ("\"ACCORD\"", "\"REFUS\""), ("\"montant\":", "\"montant\":9"),
            ("\"2024-", "\"2019-"), ("\"REMBOURSEMENT\"", "\"REMISE\""))
            .ArrayOf().Select(a => a.Take(3).ToArray())
        select remplacements.Aggregate(valide, (t, r) => t.Replace(r.Item1, r.Item2, StringComparison.Ordinal));

    private static Gen<string> Entrees(string valide) =>
        Gen.Frequency((3, FuzzTest.Muter(valide)), (3, MuterLesValeurs(valide)), (1, Octets));

    [Property(MaxTest = 200)]
    public Property Campagne_jamais_d_exception_et_erreurs_situees() =>
        Prop.ForAll(Entrees(CampagneValide.Value).ToArbitrary(), json =>
        {
            var r = CampagnesJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null && e.Chemin.StartsWith('$')));
        });

    [Property(MaxTest = 200)]
    public Property Parcours_jamais_d_exception_et_erreurs_situees() =>
        Prop.ForAll(Entrees(ParcoursValide.Value).ToArbitrary(), json =>
        {
            var r = ParcoursJson.Lire(json, Contrats.CarteDeTest.Instance);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null && e.Chemin.StartsWith('$')));
        });

    [Property(MaxTest = 200)]
    public Property Demande_jamais_d_exception_et_erreurs_situees() =>
        Prop.ForAll(Entrees(DemandeValide.Value).ToArbitrary(), json =>
        {
            var r = DemandesJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null && e.Chemin.StartsWith('$')));
        });

    [Fact]
    public void Les_documents_valides_non_mutes_sont_lus_entierement()
    {
        var campagne = CampagnesJson.Lire(CampagneValide.Value).GetValueOrThrow();
        Assert.Equal(CampagneValide.Value, CampagnesJson.Ecrire(campagne));
        var parcours = ParcoursJson.Lire(ParcoursValide.Value).GetValueOrThrow();
        Assert.True(parcours.Contrats.Length >= 2);
        Assert.Equal(ParcoursValide.Value, ParcoursJson.Ecrire(parcours));
        var demande = DemandesJson.Lire(DemandeValide.Value).GetValueOrThrow();
        Assert.True(demande.Historique.Length >= 5);
        Assert.Equal(DemandeValide.Value, DemandesJson.Ecrire(demande));
    }

    private static readonly Lazy<string> EnveloppeValide = new(() =>
        EnveloppesJson.Ecrire(EnveloppesJsonTest.Enveloppes.Where(e => e.Engagements.Count >= 3 && e.Remboursements.Centimes > 0).Sample(1, new Rnd(7UL, 11UL), 30)[0]));

    [Property(MaxTest = 200)]
    public Property Enveloppe_jamais_d_exception_et_erreurs_situees() =>
        Prop.ForAll(Entrees(EnveloppeValide.Value).ToArbitrary(), json =>
        {
            var r = EnveloppesJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null && e.Chemin.StartsWith('$')));
        });

    [Fact]
    public void L_enveloppe_valide_non_mutee_est_lue_entierement() =>
        Assert.Equal(EnveloppeValide.Value, EnveloppesJson.Ecrire(EnveloppesJson.Lire(EnveloppeValide.Value).GetValueOrThrow()));

    private static readonly Lazy<string> JournalValide = new(() =>
        JournauxJson.Ecrire(Testing.GenerateursCaf.Journal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)))
            .Where(j => j.Entrees.Length >= 10).Sample(1, new Rnd(7UL, 11UL), 30)[0]));

    /// <summary>Des mutations propres au journal : nature, codes, nombres et dates de ses entrées.</summary>
    private static Gen<string> MuterLeJournal(string valide) =>
        from remplacements in Gen.Elements(
            ("\"INTERVENTION\"", "\"INTERVENTIONS\""), ("\"nature\":\"", "\"nature\":\"X"), ("\"montant\":", "\"montant\":-"),
            ("\"numeroContrat\":", "\"numeroContrat\":-"), ("\"participants\":", "\"participants\":-"), ("\"secteur\":\"", "\"secteur\":\" \",\"y\":\""),
            ("\"type\":\"", "\"type\":\"Z"), ("\"2024-", "\"2025-"), ("\"regime\":\"", "\"regime\":\"W"), ("\"version\":1", "\"version\":3"))
            .ArrayOf().Select(a => a.Take(3).ToArray())
        select remplacements.Aggregate(valide, (t, r) => t.Replace(r.Item1, r.Item2, StringComparison.Ordinal));

    [Property(MaxTest = 200)]
    public Property Journal_jamais_d_exception_et_erreurs_situees() =>
        Prop.ForAll(Gen.Frequency((2, Entrees(JournalValide.Value)), (2, MuterLeJournal(JournalValide.Value))).ToArbitrary(), json =>
        {
            var r = JournauxJson.Lire(json);
            return r.Reussi || (r.Erreurs.Count > 0 && r.Erreurs.All(e => e.Chemin is not null && e.Chemin.StartsWith('$')));
        });

    [Fact]
    public void Le_journal_valide_non_mute_est_lu_entierement() =>
        Assert.Equal(JournalValide.Value, JournauxJson.Ecrire(JournauxJson.Lire(JournalValide.Value).GetValueOrThrow()));
}
