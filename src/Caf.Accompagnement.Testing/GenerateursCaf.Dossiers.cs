using Caf.Accompagnement.Activite;
using Caf.Accompagnement.Contrats;
using Caf.Accompagnement.Dossiers;
using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Territoires;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Caf.Accompagnement.Testing;

/// <content>Générateurs du module Dossiers.</content>
public static partial class GenerateursCaf
{
    private static readonly DomaineEngagement[] DomainesDeDossier = [DomaineEngagement.Logement, DomaineEngagement.Parentalite, DomaineEngagement.Sante, DomaineEngagement.InsertionSociale];

    /// <summary>
    /// Origines de dossier valides de chaque sorte (cible de la politique des Landes, contact dont l'issue est un
    /// rendez-vous, demande, partenaire), datées de 2023 à 2025.
    /// </summary>
    public static Gen<OrigineDuDossier> OrigineDuDossier =>
        from date in DateEntre(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31))
        from sorte in Gen.Choose(0, 3)
        from cible in Gen.Elements("RSA_MONOPARENT", "PARENTS_SEULS", "DECES_CONJOINT", "SEPARATION", "IMPAYES_LOYER")
        from issue in Gen.Elements(Dossiers.OrigineDuDossier.IssuesQuiOuvrentUnDossier.ToArray())
        from partenaire in Gen.Elements("CD40", "FRANCE_TRAVAIL", "CCAS", "BAILLEUR_SOCIAL")
        select sorte switch
        {
            0 => Dossiers.OrigineDuDossier.DUneCible(cible, date).GetValueOrThrow(),
            1 => Dossiers.OrigineDuDossier.DUnContact(issue, date).GetValueOrThrow(),
            2 => Dossiers.OrigineDuDossier.DUneDemande(date),
            _ => Dossiers.OrigineDuDossier.DUnPartenaire(partenaire, date).GetValueOrThrow(),
        };

    /// <summary>
    /// Dossiers d'accompagnement à tous les états de leur cycle de vie, construits par leurs commandes publiques : ouverture
    /// dans un secteur de la carte qui a un travailleur social, puis jusqu'à 40 commandes tirées au hasard (offre et
    /// réponse, rendez-vous et rappels, diagnostic, plans et objectifs, aides et contrats rattachés, déménagements,
    /// clôture) ; les commandes refusées sont ignorées, l'historique du dossier est donc cohérent et rejouable
    /// (<see cref="DossierDAccompagnement.Rejouer"/>) sur la même carte.
    /// </summary>
    /// <param name="carte">La carte des secteurs (par défaut <see cref="CarteDesLandes"/>) ; au moins un secteur doit avoir un travailleur social.</param>
    /// <returns>Le générateur.</returns>
    /// <exception cref="ArgumentException">Aucun secteur de la carte n'a de travailleur social.</exception>
    public static Gen<DossierDAccompagnement> DossierDAccompagnement(CarteDesSecteurs? carte = null)
    {
        var c = carte ?? CarteDesLandes;
        var secteurs = c.Secteurs.Where(s => s.TravailleursSociaux.Count > 0).ToArray();
        if (secteurs.Length == 0)
        {
            throw new ArgumentException("Aucun secteur de la carte n'a de travailleur social.", nameof(carte));
        }

        var pas = from sorte in Gen.Choose(0, 13)
                  from jours in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 21)))
                  from a in Gen.Choose(0, 6)
                  from b in Gen.Choose(0, 15)
                  select (sorte, jours, a, b);
        return from numero in NumeroAllocataire
               from origine in OrigineDuDossier
               from motif in Gen.Elements(Motif.Toutes.ToArray())
               from secteur in Gen.Elements(secteurs)
               from commune in Gen.Elements(secteur.Communes.ToArray())
               from travailleur in Gen.Elements(secteur.TravailleursSociaux.ToArray())
               from n in Gen.Choose(0, 40)
               from suite in pas.ArrayOf(n)
               select Derouler(Dossiers.DossierDAccompagnement.Ouvrir(numero, commune.Code, origine, motif, travailleur, c).GetValueOrThrow().Dossier, suite, c, secteurs);
    }

    private static DossierDAccompagnement Derouler(DossierDAccompagnement dossier, (int Sorte, int Jours, int A, int B)[] suite, CarteDesSecteurs carte, Secteur[] secteurs)
    {
        foreach (var (sorte, jours, a, b) in suite)
        {
            var date = dossier.DerniereDate.PlusDays(jours);
            var aVenir = dossier.RendezVous.FirstOrDefault(r => r.EstAVenir);
            var r = sorte switch
            {
                0 => dossier.ProposerOffre(date),
                1 => dossier.RepondreALOffre(date, b < 12 ? ReponseALOffre.Acceptee : ReponseALOffre.Toutes[b % 3]),
                2 or 3 => dossier.Convoquer(date, date.PlusDays(a * 3), CanalDeRendezVous.Toutes[b % 4]),
                4 when aVenir is not null => dossier.Rappeler(aVenir.Numero, aVenir.DatePrevue.PlusDays(-Math.Min(a, Period.Between(dossier.DerniereDate, aVenir.DatePrevue, PeriodUnits.Days).Days))),
                5 or 6 when aVenir is not null => dossier.ConstaterRendezVous(aVenir.Numero, b < 2 ? dossier.DerniereDate : PlusTard(date, aVenir.DatePrevue), b < 2 ? IssueDuRendezVous.Annule : b < 12 ? IssueDuRendezVous.Tenu : IssueDuRendezVous.NonHonore),
                7 => dossier.EtablirDiagnostic(date, DomainesDeDossier.Where((_, i) => ((b + 1) & (1 << i)) != 0)),
                8 when dossier.Diagnostic is { } d => dossier.OuvrirPlan(date, Enumerable.Range(0, 1 + (a % 3)).Select(i => new ObjectifPrevu(d.Domaines[(b + i) % d.Domaines.Length], FormattableString.Invariant($"Objectif {i + 1}"), date.PlusDays(30 * (i + 1))))),
                9 when dossier.PlanOuvert is { } p && p.Objectifs.Select((o, i) => (o, i)).FirstOrDefault(x => x.o.Resultat is null) is { o: not null } x => dossier.EvaluerObjectif(x.i, date, ResultatDObjectif.Toutes[b % 4]),
                10 => dossier.PlanOuvert is not null ? dossier.ClorePlan(date) : dossier.RattacherAide(FormattableString.Invariant($"D-{a}{b}"), date),
                11 => dossier.RattacherContrat(1 + a, date),
                12 when b < 4 => Demenager(dossier, date, carte, secteurs, a, b),
                13 when b < 6 => dossier.Clore(date, MotifDeCloture.Toutes[b % 5]),
                _ => null,
            };
            if (r is not null && r.TryGetValue(out var t))
            {
                dossier = t.Dossier;
            }
        }

        return dossier;
    }

    private static Resultat<TransitionDuDossier> Demenager(DossierDAccompagnement dossier, LocalDate date, CarteDesSecteurs carte, Secteur[] secteurs, int a, int b)
    {
        if (b == 0)
        {
            return dossier.Demenager(date, Territoires.CodeCommune.Parse(carte.Departement == "33" ? "40192" : "33063"), carte);
        }

        var secteur = secteurs[a % secteurs.Length];
        return dossier.Demenager(date, secteur.Communes[(a + b) % secteur.Communes.Count].Code, carte, secteur.TravailleursSociaux[0]);
    }

    private static LocalDate PlusTard(LocalDate a, LocalDate b) => a > b ? a : b;
}
