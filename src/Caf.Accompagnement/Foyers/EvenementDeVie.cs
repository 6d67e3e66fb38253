using Caf.Accompagnement.Droits;
using NodaTime;

namespace Caf.Accompagnement.Foyers;

/// <summary>Un événement de vie daté connu de la Caf.</summary>
/// <param name="Type">Le type d'événement.</param>
/// <param name="Date">La date de l'événement (fait générateur).</param>
public sealed record EvenementDeVie(TypeEvenement Type, LocalDate Date)
{
    /// <summary>Le type et la date.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Type.Libelle} le {Dates.Formater(Date)}";
}

/// <summary>Une démarche de l'allocataire sur son dossier (visite, appel, déclaration en ligne…).</summary>
/// <param name="Date">La date de la démarche.</param>
/// <param name="Canal">Le canal utilisé.</param>
public sealed record Demarche(LocalDate Date, CanalDeContact Canal)
{
    /// <summary>La date et le canal.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Démarche le {Dates.Formater(Date)} ({Canal.Libelle})";
}

/// <summary>Une prestation perçue par le foyer, avec son montant mensuel.</summary>
/// <param name="Prestation">La prestation.</param>
/// <param name="MontantMensuel">Le montant mensuel versé.</param>
/// <param name="Majoree">Pour le RSA : majoration pour isolement (RSA majoré, CASF L262-9).</param>
public sealed record PrestationPercue(Droits.Prestation Prestation, Montant MontantMensuel, bool Majoree = false)
{
    /// <summary>La prestation et son montant.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"{Prestation.Libelle}{(Majoree ? " majoré" : string.Empty)} : {MontantMensuel}/mois";
}
