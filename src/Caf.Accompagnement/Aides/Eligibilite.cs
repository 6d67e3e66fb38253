using System.Collections.Immutable;
using System.Globalization;

namespace Caf.Accompagnement.Aides;

/// <summary>
/// La décision d'éligibilité d'une demande à un type d'aide : toutes les conditions sont-elles remplies, quel montant
/// maximum, et pourquoi (CRPA R311-3-1-2).
/// </summary>
/// <remarks>Invariant : <see cref="Explication"/>.<see cref="Explication.EstSatisfaite"/> vaut
/// <see cref="EstEligible"/> ; un foyer non éligible a un montant maximum nul.</remarks>
public sealed class Eligibilite
{
    private Eligibilite(TypeDAide type, bool estEligible, Montant montantMaximum, ImmutableArray<ResultatCondition> conditions, Explication explication)
    {
        Type = type;
        EstEligible = estEligible;
        MontantMaximum = montantMaximum;
        Conditions = conditions;
        Explication = explication;
    }

    /// <summary>Le type d'aide évalué.</summary>
    public TypeDAide Type { get; }

    /// <summary>Toutes les conditions sont remplies.</summary>
    public bool EstEligible { get; }

    /// <summary>Le montant maximum accordable (nul si non éligible ou pour un service).</summary>
    public Montant MontantMaximum { get; }

    /// <summary>Le résultat de chaque condition, dans l'ordre du type d'aide.</summary>
    public ImmutableArray<ResultatCondition> Conditions { get; }

    /// <summary>L'explication en quatre points.</summary>
    public Explication Explication { get; }

    internal static Eligibilite Calculer(TypeDAide type, ContexteEligibilite contexte)
    {
        var resultats = type.Conditions.Select(c => c.Evaluer(contexte)).ToImmutableArray();
        var eligible = resultats.All(r => r.EstSatisfaite);
        var montant = type.RegleDeMontant.Calculer(contexte);
        var maximum = eligible ? montant.Maximum : Montant.Zero;

        var donnees = new List<DonneeUtilisee>
        {
            new("Quotient familial", contexte.QuotientFamilial.Valeur.ToString(), contexte.QuotientFamilial.Source),
        };
        if (contexte.CoutDuProjet is { } cout)
        {
            donnees.Add(new DonneeUtilisee("Coût du projet", cout.ToString(), "devis ou facture joints à la demande"));
        }

        foreach (var d in contexte.QuotientFamilial.Explication.Donnees.Concat(resultats.SelectMany(r => r.Donnees)))
        {
            if (!donnees.Contains(d))
            {
                donnees.Add(d);
            }
        }

        var parametres = new List<ParametreApplique>
        {
            new("Formes admises", string.Join(", ", type.FormesAdmises.Select(f => f.Libelle)), null, type.Reference),
        };
        parametres.AddRange(contexte.QuotientFamilial.Explication.Parametres);
        parametres.AddRange(resultats.SelectMany(r => r.Parametres));
        parametres.AddRange(montant.Parametres);

        var operations = new List<string>();
        operations.AddRange(contexte.QuotientFamilial.Explication.Operations.Select(o => "Quotient familial : " + o));
        operations.AddRange(resultats.Select(r => $"{r.Libelle} — {r.Operation}"));
        if (resultats.IsEmpty)
        {
            operations.Add("Aucune condition d'éligibilité : aide ouverte à tout allocataire");
        }

        if (eligible)
        {
            operations.AddRange(montant.Operations);
        }

        var nonRemplies = resultats.Where(r => !r.EstSatisfaite).Select(r => r.Libelle).ToList();
        var conclusion = eligible
            ? (type.Categorie.EstVersee ? $"Éligible à « {type.Libelle} », montant maximum {maximum}." : $"Éligible au service « {type.Libelle} ».")
            : $"Non éligible à « {type.Libelle} » : {nonRemplies.Count.ToString(CultureInfo.InvariantCulture)} condition(s) non remplie(s) ({string.Join(" ; ", nonRemplies)}).";

        var explication = new Explication(
            $"Éligibilité à « {type.Libelle} » ({type.Code})",
            "Le traitement vérifie automatiquement les conditions du règlement d'action sociale et calcule un montant maximum ; la décision d'accorder l'aide, son montant et sa forme sont pris par la Caf après instruction par un agent.",
            donnees,
            parametres,
            operations,
            conclusion,
            eligible);
        return new Eligibilite(type, eligible, maximum, resultats, eligible ? explication : explication.AvecVoiesDeRecours(type.VoiesDeRecours));
    }

    /// <summary>La conclusion de l'explication.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => Explication.Conclusion;
}
