using Caf.Accompagnement.Aides;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Cibles;
using Caf.Accompagnement.Testing;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Tests.Integration;

/// <summary>Catalogues, référentiel, barèmes et politiques sont immuables une fois construits : partagés entre threads,
/// ils donnent les mêmes réponses qu'en séquentiel.</summary>
public sealed class ConcurrenceTest
{
    [Fact]
    public void Objets_partages_martele_par_plusieurs_threads()
    {
        var reference = new LocalDate(2022, 6, 30);
        var communes = ReferentielCommunes.Cog2026.DuDepartement("40").Select(c => c.Code).ToArray();
        var foyers = GenerateursCaf.Foyer(reference, communes).Sample(200, new Rnd(3UL, 5UL), 20);
        var politique = PolitiqueDeCiblage.Landes2022;
        var catalogue = CatalogueDesAides.Reference;

        string Calculer(int i)
        {
            var foyer = foyers[i % foyers.Length];
            var codes = string.Join(",", politique.Evaluer(foyer, reference.PlusDays(i % 400), BaremesOfficiels.Jeu, ModeExplication.Toutes).Valeur.CiblesRetenues.Select(c => c.Code));
            ReferentielCommunes.Cog2026.TryGet(foyer.Commune, out var commune);
            var smic = BaremesOfficiels.SmicMensuel.ValeurAuOuLever(reference.PlusDays(-(i % 1000)));
            var aide = catalogue.Tous[i % catalogue.Tous.Length].Code;
            return $"{codes}|{commune!.Nom}|{smic.Valeur}|{aide}|{catalogue.TryGetValue(aide, out _)}";
        }

        var sequentiel = Enumerable.Range(0, 4000).Select(Calculer).ToArray();
        var parallele = new string[sequentiel.Length];
        Parallel.For(0, parallele.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallele[i] = Calculer(i));
        Assert.Equal(sequentiel, parallele);
    }
}
