// Le code entre « début » et « fin » est recopié tel quel dans le README (vérifié par DemarrageRapideTest).
// début
using Caf.Accompagnement;
using Caf.Accompagnement.Baremes;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Foyers;
using Caf.Accompagnement.Territoires;
using NodaTime;

public static class DemarrageRapide
{
    public static void Executer(TextWriter sortie)
    {
        var date = new LocalDate(2022, 6, 30);

        // Les données d'entrée passent par des fabriques qui renvoient un résultat, jamais une exception.
        var numero = NumeroAllocataire.Create("0123456").GetValueOrThrow();
        var commune = CodeCommune.Create("40192").GetValueOrThrow(); // Mont-de-Marsan
        var foyer = Foyer.Builder(numero, commune, naissanceAllocataire: new LocalDate(1994, 3, 15))
            .Isole(depuis: new LocalDate(2021, 9, 1))
            .AvecEnfant(new LocalDate(2016, 6, 30))
            .AvecRessources(Montant.Parse("1 200,00 €"), annuellesN2: Montant.FromEuros(14_400m))
            .Percoit(Prestation.Rsa, Montant.FromEuros(137.38m), majoree: true)
            .Build();

        if (!foyer.TryGetValue(out var f))
        {
            foreach (var erreur in foyer.Erreurs)
            {
                sortie.WriteLine(erreur); // code stable, champ, valeur, message
            }

            return;
        }

        var smic = BaremesOfficiels.SmicMensuel.ValeurAu(date).GetValueOrThrow();
        sortie.WriteLine($"{f} ; SMIC mensuel brut au {Dates.Formater(date)} : {smic.Valeur} ({smic.Reference})");
        sortie.WriteLine($"Âge du plus jeune enfant : {f.PlusJeuneEnfant!.Age(date)} ans");
        sortie.WriteLine($"Unités de consommation : {f.UnitesDeConsommation(date)} ; Niveau de vie : {f.NiveauDeVieMensuel(date)}");
    }
}
// fin
