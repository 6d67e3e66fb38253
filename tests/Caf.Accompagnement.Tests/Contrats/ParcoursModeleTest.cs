using System.Globalization;
using System.Text;
using Caf.Accompagnement.Contrats;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Caf.Accompagnement.Tests.Contrats.Fixtures;

namespace Caf.Accompagnement.Tests.Contrats;

/// <summary>
/// Tests fondés sur un modèle : des suites aléatoires de commandes (orienter, désigner, établir, signer, commencer,
/// amender, renouveler, rompre, terminer, constater l'expiration) appliquées au <see cref="Parcours"/> et à un modèle
/// de référence simple, indépendant de l'implémentation.
/// </summary>
public sealed class ParcoursModeleTest
{
    // Début de la fenêtre : mi-2023, pour traverser le changement de régime du 1er janvier 2025.
    private static readonly LocalDate Origine = new(2023, 6, 1);
    private static readonly LocalDate Bascule = new(2025, 1, 1);
    private static readonly Referent[] ReferentsPossibles = [Ts1, Ts2, Cd, Ft];

    internal enum Sorte
    {
        Orienter,
        Designer,
        Etablir,
        Signer,
        Commencer,
        Amender,
        Renouveler,
        Rompre,
        Terminer,
        Expirer,
    }

    /// <summary>
    /// Une commande générée : sa sorte, son décalage de date par rapport à l'horloge du scénario, le contrat visé
    /// (1 pour le dernier, 2 pour l'avant-dernier… ; au-delà, un numéro inexistant), un paramètre (type, référent ou
    /// durée), un plan conforme au régime ou non.
    /// </summary>
    internal sealed record Commande(Sorte Sorte, int Decalage, int Numero, int Parametre, bool PlanConforme)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sorte}({Decalage:+0;-0}j, n°{Numero}, p={Parametre}{(PlanConforme ? string.Empty : ", plan non conforme")})");
    }

    private static readonly Gen<Commande> GenCommande =
        from sorte in Gen.Frequency(
            (2, Gen.Constant(Sorte.Orienter)),
            (2, Gen.Constant(Sorte.Designer)),
            (4, Gen.Constant(Sorte.Etablir)),
            (5, Gen.Constant(Sorte.Signer)),
            (2, Gen.Constant(Sorte.Commencer)),
            (2, Gen.Constant(Sorte.Amender)),
            (4, Gen.Constant(Sorte.Renouveler)),
            (1, Gen.Constant(Sorte.Rompre)),
            (1, Gen.Constant(Sorte.Terminer)),
            (1, Gen.Constant(Sorte.Expirer)))
        from decalage in Gen.Frequency((1, Gen.Choose(-40, -1)), (6, Gen.Choose(0, 90)))
        from numero in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Choose(3, 5)))
        from parametre in Gen.Frequency((1, Gen.Choose(0, 14)), (5, Gen.Choose(1, 12)))
        from planConforme in Gen.Frequency((1, Gen.Constant(false)), (8, Gen.Constant(true)))
        select new Commande(sorte, decalage, numero, parametre, planConforme);

    // Quatre scénarios sur cinq commencent par une orientation et la désignation du travailleur social du secteur.
    internal static readonly Arbitrary<Commande[]> Scenarios =
        (from amorce in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
         from n in Gen.Choose(0, 40)
         from suite in GenCommande.ArrayOf(n)
         select amorce ? [new Commande(Sorte.Orienter, 0, 1, 0, true), new Commande(Sorte.Designer, 0, 1, 0, true), .. suite] : suite)
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Le_parcours_suit_le_modele_de_reference() =>
        Prop.ForAll(Scenarios, commandes => Executer(commandes, (parcours, modele, commande, accepte, attendu, _) =>
        {
            Assert.True(accepte == attendu, $"{commande} : acceptée={accepte}, le modèle attendait {attendu}");
            Assert.Equal(modele.Empreinte(), EmpreinteContrats(parcours));
        }));

    [Property(MaxTest = 200)]
    public Property Au_plus_un_contrat_actif_a_chaque_date_et_periodes_sans_chevauchement() =>
        Prop.ForAll(Scenarios, commandes => Executer(commandes, (parcours, _, commande, _, _, _) =>
        {
            var periodes = parcours.Contrats.Select(c => c.Periode).OfType<DateInterval>().ToList();
            for (var i = 0; i < periodes.Count; i++)
            {
                for (var j = i + 1; j < periodes.Count; j++)
                {
                    Assert.False(periodes[i].Intersection(periodes[j]) is not null, $"après {commande} : {periodes[i]} et {periodes[j]} se chevauchent");
                }
            }

            foreach (var bornes in periodes.SelectMany(p => new[] { p.Start, p.End, p.Start.PlusDays(-1), p.End.PlusDays(1) }))
            {
                Assert.True(parcours.Contrats.Count(c => c.EstActifAu(bornes)) <= 1, $"après {commande} : plusieurs contrats actifs le {bornes}");
            }
        }));

    [Property(MaxTest = 200)]
    public Property Un_renouvellement_commence_le_lendemain_de_la_fin_de_son_predecesseur() =>
        Prop.ForAll(Scenarios, commandes => Executer(commandes, (parcours, _, commande, _, _, _) =>
        {
            foreach (var c in parcours.Contrats.Where(c => c.Predecesseur is not null))
            {
                var predecesseur = parcours.Contrats[c.Predecesseur!.Value - 1];
                Assert.Equal(predecesseur.Fin!.Value.PlusDays(1), c.Debut);
                Assert.Equal(predecesseur.FinEffective, predecesseur.Fin);
                Assert.Equal(c.Numero, predecesseur.Successeur);
                Assert.Equal(StatutContrat.Renouvele, predecesseur.Statut);
            }
        }));

    [Property(MaxTest = 200)]
    public Property Une_commande_refusee_ne_change_rien() =>
        Prop.ForAll(Scenarios, commandes => Executer(commandes, (_, _, commande, accepte, _, avantApres) =>
        {
            if (!accepte)
            {
                Assert.True(avantApres.Avant == avantApres.Apres, $"{commande} refusée a modifié l'état");
            }
        }));

    private delegate void Verification(Parcours parcours, Modele modele, Commande commande, bool accepte, bool attendu, (string Avant, string Apres) avantApres);

    /// <summary>Le parcours obtenu après une suite de commandes (les commandes refusées sont ignorées).</summary>
    internal static Parcours Rejouer(Commande[] commandes, Parcours depart)
    {
        var parcours = depart;
        var horloge = Origine;
        foreach (var commande in commandes)
        {
            var date = horloge.PlusDays(commande.Decalage);
            horloge = date > horloge ? date : horloge;
            if (Appliquer(parcours, commande with { Numero = parcours.Contrats.Length - (commande.Numero - 1) }, date).TryGetValue(out var t))
            {
                parcours = t.Parcours;
            }
        }

        return parcours;
    }

    private static void Executer(Commande[] commandes, Verification verifier)
    {
        var parcours = Parcours.Ouvrir(Beneficiaire(), CarteDeTest.MontDeMarsan);
        var modele = new Modele();
        var horloge = Origine;
        foreach (var commande in commandes)
        {
            var date = horloge.PlusDays(commande.Decalage);
            if (date > horloge)
            {
                horloge = date;
            }

            var numero = parcours.Contrats.Length - (commande.Numero - 1);
            var concrete = commande with { Numero = numero };
            var avant = Empreinte(parcours);
            var resultat = Appliquer(parcours, concrete, date);
            var apres = Empreinte(parcours);
            var attendu = modele.Appliquer(concrete, date);
            if (resultat.TryGetValue(out var transition))
            {
                Assert.Equal(parcours.Beneficiaire, transition.Evenement.Beneficiaire);
                parcours = transition.Parcours;
            }

            verifier(parcours, modele, concrete, resultat.Reussi, attendu, (avant, apres));
        }
    }

    private static PlanDAction? Plan(LocalDate date, bool conforme) =>
        (date >= Bascule) == conforme ? Plan15 : null;

    private static Resultat<Transition> Appliquer(Parcours p, Commande c, LocalDate date) => c.Sorte switch
    {
        Sorte.Orienter => p.Orienter(TypeOrientation.Toutes[c.Parametre % 3], date),
        Sorte.Designer => p.DesignerReferent(ReferentsPossibles[c.Parametre % 4], date, CarteDeTest.Instance),
        Sorte.Etablir => p.EtablirContrat(date, Actions(date.PlusMonths(2)), Plan(date, c.PlanConforme), c.Parametre),
        Sorte.Signer => p.Signer(c.Numero, date),
        Sorte.Commencer => p.Commencer(c.Numero, date),
        Sorte.Amender => p.Amender(c.Numero, date, "Réajustement", Actions(date.PlusMonths(1)), p.TryGetContrat(c.Numero, out var k) && k.Regime.ExigePlanDAction == c.PlanConforme ? Plan15 : null),
        Sorte.Renouveler => p.Renouveler(c.Numero, date, Actions(date.PlusMonths(4)), Plan(date, c.PlanConforme), c.Parametre),
        Sorte.Rompre => p.Rompre(c.Numero, date, "Engagements non respectés"),
        Sorte.Terminer => p.Terminer(c.Numero, date, "Sortie du RSA"),
        Sorte.Expirer => p.ConstaterExpiration(c.Numero, date),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    private static string EmpreinteContrats(Parcours p) =>
        string.Join(" | ", p.Contrats.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Numero}:{c.Statut.Code}:{Iso(c.Debut)}:{Iso(c.FinEffective)}:{c.Predecesseur}:{c.Successeur}")));

    private static string Iso(LocalDate? date) => date is { } d ? Dates.FormaterIso(d) : "-";

    private static string Empreinte(Parcours p)
    {
        var sb = new StringBuilder();
        foreach (var o in p.Orientations)
        {
            sb.Append(o).Append(o.EcourteeParReorientation).Append(';');
        }

        foreach (var r in p.Referents)
        {
            sb.Append(r).Append(';');
        }

        foreach (var c in p.Contrats)
        {
            sb.Append(c).Append(c.Avenants.Length).Append(string.Join(',', c.Engagements)).Append(c.PlanDAction).Append(';');
        }

        return sb.Append(EmpreinteContrats(p)).ToString();
    }

    /// <summary>Le modèle de référence : l'état minimal, et les règles écrites le plus simplement possible.</summary>
    internal sealed class Modele
    {
        private readonly List<ContratModele> _contrats = [];
        private readonly List<(LocalDate Debut, int Type)> _orientations = [];
        private readonly List<(LocalDate Debut, int Referent)> _referents = [];
        private LocalDate? _premiereOrientation;
        private LocalDate? _derniereOrientation;
        private LocalDate? _premierReferent;
        private LocalDate? _dernierReferent;
        private int? _referentActuel;

        // Orientations : 0 social, 1 professionnel, 2 moins de 25 ans ; référents : 0 et 1 Caf, 2 conseil départemental,
        // 3 France Travail. Un parcours social se suit par la Caf ou le département, les autres par France Travail.
        private static bool Compatible(int orientation, int referent) => orientation == 0 ? referent != 3 : referent == 3;

        private bool Accompagne(LocalDate date)
        {
            var o = _orientations.LastOrDefault(x => x.Debut <= date);
            var r = _referents.LastOrDefault(x => x.Debut <= date);
            return o == default || r == default || Compatible(o.Type, r.Referent);
        }

        internal string Empreinte() =>
            string.Join(" | ", _contrats.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}:{c.Statut}:{Iso(c.Debut)}:{Iso(c.FinEffective)}:{c.Predecesseur}:{c.Successeur}")));

        internal bool Appliquer(Commande c, LocalDate date)
        {
            var contrat = c.Numero >= 1 && c.Numero <= _contrats.Count ? _contrats[c.Numero - 1] : null;
            var vivant = contrat?.Statut is "SIGNE" or "EN_COURS";
            switch (c.Sorte)
            {
                case Sorte.Orienter:
                    if (_derniereOrientation is { } o && date <= o)
                    {
                        return false;
                    }

                    _premiereOrientation ??= date;
                    _derniereOrientation = date;
                    _orientations.Add((date, c.Parametre % 3));
                    return true;
                case Sorte.Designer:
                    var referent = c.Parametre % 4;
                    var orientationEnVigueur = _orientations.LastOrDefault(x => x.Debut <= date);
                    if (referent == 1 || (_dernierReferent is { } r && (date <= r || referent == _referentActuel))
                        || (orientationEnVigueur != default && !Compatible(orientationEnVigueur.Type, referent)))
                    {
                        return false; // TS-2 ne couvre pas Mont-de-Marsan ; l'organisme doit accompagner le parcours.
                    }

                    _premierReferent ??= date;
                    _dernierReferent = date;
                    _referentActuel = referent;
                    _referents.Add((date, referent));
                    return true;
                case Sorte.Etablir:
                    if (!Pret(date) || !Accompagne(date) || _contrats.Any(x => x.Statut == "BROUILLON") || c.Parametre is < 1 or > 12 || !c.PlanConforme)
                    {
                        return false;
                    }

                    _contrats.Add(new ContratModele { Statut = "BROUILLON", Etabli = date, Duree = c.Parametre, Cer = date < Bascule });
                    return true;
                case Sorte.Signer:
                    if (contrat is not { Statut: "BROUILLON" } || date < contrat.Etabli || (date < Bascule) != contrat.Cer
                        || Chevauche(date, date.PlusMonths(contrat.Duree).PlusDays(-1), null))
                    {
                        return false;
                    }

                    contrat.Statut = "SIGNE";
                    contrat.Signature = contrat.DernierAvenant = date;
                    contrat.Debut = date;
                    contrat.Fin = contrat.FinEffective = date.PlusMonths(contrat.Duree).PlusDays(-1);
                    return true;
                case Sorte.Commencer:
                    if (contrat is not { Statut: "SIGNE" } || date < contrat.Debut || date > contrat.Fin)
                    {
                        return false;
                    }

                    contrat.Statut = "EN_COURS";
                    return true;
                case Sorte.Amender:
                    if (!vivant || date < contrat!.DernierAvenant || !c.PlanConforme)
                    {
                        return false;
                    }

                    contrat.DernierAvenant = date;
                    return true;
                case Sorte.Renouveler:
                    if (!vivant || date < contrat!.Signature || date > contrat.Fin || contrat.Rang + 1 > 3 || c.Parametre is < 1 or > 12
                        || !c.PlanConforme || !Pret(date) || !Accompagne(date))
                    {
                        return false;
                    }

                    var debut = contrat.Fin!.Value.PlusDays(1);
                    var fin = debut.PlusMonths(c.Parametre).PlusDays(-1);
                    if (Chevauche(debut, fin, contrat))
                    {
                        return false;
                    }

                    contrat.Statut = "RENOUVELE";
                    contrat.Successeur = _contrats.Count + 1;
                    _contrats.Add(new ContratModele
                    {
                        Statut = "SIGNE", Etabli = date, Duree = c.Parametre, Cer = date < Bascule, Signature = date, DernierAvenant = date,
                        Debut = debut, Fin = fin, FinEffective = fin, Predecesseur = c.Numero, Rang = contrat.Rang + 1,
                    });
                    return true;
                case Sorte.Rompre:
                case Sorte.Terminer:
                    if (!vivant || date < contrat!.Debut || date > contrat.Fin)
                    {
                        return false;
                    }

                    contrat.Statut = c.Sorte == Sorte.Rompre ? "ROMPU" : "TERMINE";
                    contrat.FinEffective = date;
                    return true;
                case Sorte.Expirer:
                    if (!vivant || date <= contrat!.Fin)
                    {
                        return false;
                    }

                    contrat.Statut = "EXPIRE";
                    return true;
                default:
                    throw new ArgumentOutOfRangeException(nameof(c));
            }
        }

        private bool Pret(LocalDate date) => _premiereOrientation <= date && _premierReferent <= date;

        private bool Chevauche(LocalDate debut, LocalDate fin, ContratModele? sauf) =>
            _contrats.Any(x => x != sauf && x.Debut is { } d && x.FinEffective is { } f && d <= fin && debut <= f);

        private sealed class ContratModele
        {
            public string Statut { get; set; } = "BROUILLON";

            public LocalDate Etabli { get; init; }

            public int Duree { get; init; }

            public bool Cer { get; init; }

            public LocalDate? Signature { get; set; }

            public LocalDate? DernierAvenant { get; set; }

            public LocalDate? Debut { get; set; }

            public LocalDate? Fin { get; set; }

            public LocalDate? FinEffective { get; set; }

            public int? Predecesseur { get; init; }

            public int? Successeur { get; set; }

            public int Rang { get; init; }
        }
    }
}
