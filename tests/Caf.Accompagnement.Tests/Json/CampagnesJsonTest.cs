using Caf.Accompagnement.Campagnes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Json;
using Caf.Accompagnement.Ruptures;
using Caf.Accompagnement.Tests.Droits;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Caf.Accompagnement.Tests.Json;

/// <summary>Le format d'échange des résultats de campagne : aller-retour, version, erreurs situées par leur chemin.</summary>
public sealed class CampagnesJsonTest
{
    private const int Essais = 40;

    /// <summary>Une campagne planifiée sur une population générée, avec des issues enregistrées au hasard.</summary>
    internal static Campagne Campagne(int graine, int taille, LocalDate reference, int capaciteCaf = 3)
    {
        var hasard = new Random(graine);
        var planificateur = FoyersDeTest.Planificateur(FoyersDeTest.Politique(p =>
        {
            p.Caf = "Caf des Landes";
            p.CapaciteJournaliereCaf = capaciteCaf;
            p.SansDemarchePendantJours = hasard.Next(2) == 0 ? null : hasard.Next(30, 400);
        }));
        var population = FoyersDeTest.Population(hasard, taille, reference);
        var campagne = Enregistrer(planificateur.Planifier(population, reference).Valeur, hasard);
        if (hasard.Next(2) == 0)
        {
            // Seconde vague : les foyers injoignables reviennent en deuxième tentative.
            var suivante = reference.PlusDays(hasard.Next(3, 40));
            campagne = Enregistrer(planificateur.Planifier(population, suivante, campagne).Valeur, hasard);
        }

        return campagne;

        static Campagne Enregistrer(Campagne campagne, Random hasard)
        {
            foreach (var c in campagne.Contacts)
            {
                if (hasard.Next(3) > 0)
                {
                    var issue = hasard.Next(3) == 0 ? IssueDuContact.Injoignable : IssueDuContact.Toutes[hasard.Next(IssueDuContact.Toutes.Count)];
                    campagne = campagne.Enregistrer(c.Numero, campagne.Reference.PlusDays(hasard.Next(0, 5)), issue).GetValueOrThrow().Campagne;
                }
            }

            return campagne;
        }
    }

    internal static Gen<Campagne> Campagnes { get; } =
        from graine in Gen.Choose(0, 1_000_000)
        from taille in Gen.Choose(0, 40)
        from jour in Gen.Choose(0, 5 * 365)
        from capacite in Gen.Choose(1, 6)
        select Campagne(graine, taille, new LocalDate(2019, 6, 1).PlusDays(jour), capacite);

    internal static void AssertEgales(Campagne attendue, Campagne relue)
    {
        Assert.Equal(attendue.Reference, relue.Reference);
        Assert.Equal(attendue.NombreEcartes, relue.NombreEcartes);
        Assert.Equal(attendue.FoyersReevalues, relue.FoyersReevalues);
        Assert.Equal(attendue.Contacts.AsEnumerable(), relue.Contacts.AsEnumerable());
        Assert.Equal(attendue.Historique.Count, relue.Historique.Count);
        foreach (var (numero, appels) in attendue.Historique)
        {
            Assert.Equal(appels, relue.AppelsDe(numero));
        }

        Assert.Equal(attendue.TotauxParSecteur.Select(Texte), relue.TotauxParSecteur.Select(Texte));
        Assert.Equal(Texte(attendue.Total), Texte(relue.Total));
        Assert.Equal(attendue.Politique.Caf, relue.Politique.Caf);
        Assert.Equal(attendue.Politique.MotifsPieceManquante, relue.Politique.MotifsPieceManquante);
        Assert.Equal(attendue.Politique.SansDemarchePendantJours, relue.Politique.SansDemarchePendantJours);
        Assert.Equal(attendue.Politique.CapaciteJournaliereCaf, relue.Politique.CapaciteJournaliereCaf);
        Assert.Equal(attendue.Politique.FenetreSansNouvelAppelJours, relue.Politique.FenetreSansNouvelAppelJours);

        static string Texte(TotalSecteur t) =>
            $"{t.Secteur} {t.Contacts} {t.ParTelephone} {t.ParCourrier} {string.Join(',', t.ParGravite)} {string.Join(',', t.ParMotif)}";
    }

    [Property(MaxTest = Essais)]
    public Property Aller_retour_sans_perte() =>
        Prop.ForAll(Campagnes.ToArbitrary(), campagne =>
        {
            var json = CampagnesJson.Ecrire(campagne);
            var relue = CampagnesJson.Lire(json).GetValueOrThrow();
            AssertEgales(campagne, relue);
            Assert.Equal(json, CampagnesJson.Ecrire(relue));
        });

    [Property(MaxTest = 20)]
    public Property Une_campagne_relue_se_comporte_comme_l_originale() =>
        Prop.ForAll(Campagnes.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), (campagne, jours) =>
        {
            var relue = CampagnesJson.Lire(CampagnesJson.Ecrire(campagne)).GetValueOrThrow();
            foreach (var c in campagne.Contacts.Take(5))
            {
                var a = campagne.Enregistrer(c.Numero, campagne.Reference.PlusDays(1), IssueDuContact.Injoignable);
                var b = relue.Enregistrer(c.Numero, campagne.Reference.PlusDays(1), IssueDuContact.Injoignable);
                Assert.Equal(a.Reussi, b.Reussi);
                Assert.Equal(a.Erreurs, b.Erreurs);
            }

            var hasard = new Random(jours);
            var suivante = campagne.Reference.PlusDays(jours);
            var population = FoyersDeTest.Population(hasard, 20, suivante);
            var planificateur = FoyersDeTest.Planificateur(campagne.Politique);
            AssertEgales(planificateur.Planifier(population, suivante, campagne).Valeur, planificateur.Planifier(population, suivante, relue).Valeur);
        });

    [Fact]
    public void Un_seul_contact_par_foyer_a_la_lecture()
    {
        var campagne = Campagne(7, 30, new LocalDate(2022, 6, 30));
        Assert.NotEmpty(campagne.Contacts);
        var document = CampagnesJson.ToDocument(campagne);
        document.Contacts.Add(CampagnesJson.ToDocument(campagne).Contacts[0]);
        document.TotauxParSecteur = null;
        document.Total = null;
        var r = CampagnesJson.FromDocument(document);
        var e = Assert.Single(r.Erreurs);
        Assert.Equal("campagne.contact.doublon", e.Code);
        Assert.Equal($"$.contacts[{document.Contacts.Count - 1}].numeroAllocataire", e.Chemin);
        Assert.DoesNotContain(campagne.Contacts[0].Numero.EnClair, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Totaux_incoherents_refuses()
    {
        var campagne = Campagne(11, 30, new LocalDate(2022, 6, 30));
        var document = CampagnesJson.ToDocument(campagne);
        document.Total!.Contacts++;
        document.TotauxParSecteur![0].ParMotif["INVENTE"] = 1;
        var r = CampagnesJson.FromDocument(document);
        Assert.Equal(["$.totauxParSecteur[0]", "$.total"], r.Erreurs.Select(e => e.Chemin));
        Assert.All(r.Erreurs, e => Assert.Equal("campagne.total.incoherent", e.Code));
    }

    [Fact]
    public void Les_totaux_sont_facultatifs_a_la_lecture()
    {
        var campagne = Campagne(3, 25, new LocalDate(2022, 6, 30));
        var document = CampagnesJson.ToDocument(campagne);
        document.TotauxParSecteur = null;
        document.Total = null;
        AssertEgales(campagne, CampagnesJson.FromDocument(document).GetValueOrThrow());
    }

    [Fact]
    public void Regles_de_coherence_situees_par_leur_chemin()
    {
        var campagne = Campagne(5, 40, new LocalDate(2022, 6, 30));
        Assert.True(campagne.Contacts.Length >= 2 && campagne.Historique.Count >= 1);
        var document = CampagnesJson.ToDocument(campagne);
        document.TotauxParSecteur = null;
        document.Total = null;
        document.Contacts[0].Signaux.Clear();
        document.Contacts[1].DatePrevue = "2022-06-29";
        document.Contacts[1].Gravite = document.Contacts[1].Signaux[0].Gravite == "FRAGILITE" ? "SUSPENSION" : "FRAGILITE";
        var historique = document.Historique[0];
        historique.Appels.Insert(0, new AppelDocument { Date = "2030-01-01", Issue = "JOINT", Intervenant = historique.Appels[0].Intervenant, Tentative = 1 });
        var r = CampagnesJson.FromDocument(document);
        Assert.Contains(r.Erreurs, e => e is { Code: "campagne.contact.sans_signal", Chemin: "$.contacts[0].signaux" });
        Assert.Contains(r.Erreurs, e => e is { Code: "campagne.contact.date", Chemin: "$.contacts[1].datePrevue" });
        Assert.Contains(r.Erreurs, e => e is { Code: "campagne.appel.ordre", Chemin: "$.historique[0].appels[1].date" });
        document.Contacts[1].DatePrevue = document.Reference;
        document.Contacts[0].Signaux.AddRange(CampagnesJson.ToDocument(campagne).Contacts[0].Signaux);
        historique.Appels.RemoveAt(0);
        var gravite = Assert.Single(CampagnesJson.FromDocument(document).Erreurs);
        Assert.Equal(("campagne.contact.gravite", "$.contacts[1].gravite"), (gravite.Code, gravite.Chemin));
    }

    [Theory]
    [InlineData("""{"version":2}""", "json.version", "$.version")]
    [InlineData("""{"version":1,"inconnu":true}""", "json.format", "$.inconnu")]
    [InlineData("""{"version":1,"reference":"2022-02-30"}""", "date.format", "$.reference")]
    [InlineData("""{"version":1,"contacts":[{"canal":"PIGEON"}]}""", "", "$.contacts[0].canal")]
    [InlineData("""{"version":1,"contacts":[null]}""", "json.absent", "$.contacts[0]")]
    [InlineData("""{"version":1,"contacts":[{"tentative":"un"}]}""", "json.format", "$.contacts[0].tentative")]
    [InlineData("null", "json.vide", "$")]
    public void Erreurs_de_format_situees(string json, string code, string chemin)
    {
        var r = CampagnesJson.Lire(json);
        Assert.False(r.Reussi);
        Assert.True(r.Erreurs.Any(e => e.Code.StartsWith(code, StringComparison.Ordinal) && e.Chemin == chemin), string.Join(Environment.NewLine, r.Erreurs));
    }

    [Fact]
    public void Codes_inconnus_et_valeurs_mal_formees_nomment_leur_chemin()
    {
        var campagne = Campagne(5, 40, new LocalDate(2022, 6, 30));
        var document = CampagnesJson.ToDocument(campagne);
        document.Contacts[0].Canal = "PIGEON";
        document.Contacts[0].Signaux[0].Gravite = "GRAVISSIME";
        document.Contacts[0].Intervenant!.Type = "MAGICIEN";
        document.Contacts[1].NumeroAllocataire = "12";
        document.Historique[0].Appels[0].Issue = "PEUT_ETRE";
        document.Politique!.MotifsPieceManquante.Add("ZZ");
        document.Politique.CapaciteJournaliereCaf = 0;
        var chemins = CampagnesJson.FromDocument(document).Erreurs.Select(e => e.Chemin).ToList();
        Assert.Contains("$.contacts[0].canal", chemins);
        Assert.Contains("$.contacts[0].signaux[0].gravite", chemins);
        Assert.Contains("$.contacts[0].intervenant.type", chemins);
        Assert.Contains("$.contacts[1].numeroAllocataire", chemins);
        Assert.Contains("$.historique[0].appels[0].issue", chemins);
        Assert.Contains($"$.politique.motifsPieceManquante[{document.Politique.MotifsPieceManquante.Count - 1}]", chemins);

        document.Politique.MotifsPieceManquante.RemoveAt(document.Politique.MotifsPieceManquante.Count - 1);
        var politique = CampagnesJson.FromDocument(document).Erreurs;
        Assert.Contains(politique, e => e is { Code: "campagne.parametre.borne", Chemin: "$.politique.capaciteJournaliereCaf" });
    }
}
