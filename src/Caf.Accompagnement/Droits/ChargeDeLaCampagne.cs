using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>Un foyer signalé sans contact dans la campagne, et pourquoi.</summary>
/// <param name="Numero">Le numéro allocataire (masqué dans <see cref="ToString"/>).</param>
/// <param name="Secteur">Le secteur du foyer (<see cref="Campagne.HorsSecteur"/> hors de tout secteur).</param>
/// <param name="Gravite">La gravité de son signal le plus grave.</param>
/// <param name="Intervenant">L'intervenant qui l'aurait contacté (manque de capacité), ou <see langword="null"/> pour un foyer écarté.</param>
/// <param name="Echeance">L'échéance de contact qui n'a pu être tenue (manque de capacité), ou <see langword="null"/>.</param>
/// <param name="Raison">La raison.</param>
public sealed record FoyerNonPlanifie(NumeroAllocataire Numero, string Secteur, Gravite Gravite, Intervenant? Intervenant, LocalDate? Echeance, RaisonDeNonPlanification Raison)
{
    /// <summary>Forme lisible, numéro masqué.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Foyer {Numero} ({Secteur}, {Gravite.Libelle}) non planifié : {Raison.Libelle}";
}

/// <summary>La capacité d'un intervenant face à sa demande dans la campagne.</summary>
/// <param name="Intervenant">L'intervenant.</param>
/// <param name="CapaciteJournaliere">Les contacts qu'il traite par jour ouvré.</param>
/// <param name="JoursOuvresDansLHorizon">Les jours ouvrés de la date de référence à la fin de l'horizon (incluse), ou <see langword="null"/> sans horizon.</param>
/// <param name="Demande">Les foyers à contacter qui lui reviennent (planifiés et non planifiés faute de capacité).</param>
/// <param name="Planifies">Les contacts planifiés (jamais plus que <see cref="CapaciteDansLHorizon"/>).</param>
/// <param name="EnRetard">Les contacts planifiés après leur échéance.</param>
/// <param name="DernierJourPrevu">Le dernier jour prévu de ses contacts, ou <see langword="null"/> sans contact.</param>
public sealed record ChargeDIntervenant(Intervenant Intervenant, int CapaciteJournaliere, int? JoursOuvresDansLHorizon, int Demande, int Planifies, int EnRetard, LocalDate? DernierJourPrevu)
{
    /// <summary>Les contacts qu'il peut prendre dans l'horizon, ou <see langword="null"/> sans horizon.</summary>
    public long? CapaciteDansLHorizon => JoursOuvresDansLHorizon is { } j ? (long)j * CapaciteJournaliere : null;

    /// <summary>Les foyers qu'il ne peut contacter dans l'horizon.</summary>
    public int NonPlanifies => Demande - Planifies;

    /// <summary><see langword="true"/> si la capacité suffit : tout est planifié, rien en retard.</summary>
    public bool Suffit => NonPlanifies == 0 && EnRetard == 0;

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"{Intervenant.Libelle} : demande {Demande}, capacité {(CapaciteDansLHorizon is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "sans limite")}, {Planifies} planifiés dont {EnRetard} en retard, {NonPlanifies} non planifiés";
}

/// <summary>La demande d'un secteur dans la campagne et ce que la capacité en absorbe.</summary>
/// <param name="Secteur">Le secteur (<see cref="Campagne.HorsSecteur"/>, ou <see cref="Campagne.TousSecteurs"/> pour le total).</param>
/// <param name="Demande">Les foyers à contacter (planifiés et non planifiés faute de capacité).</param>
/// <param name="Planifies">Les contacts planifiés.</param>
/// <param name="EnRetard">Les contacts planifiés après leur échéance.</param>
/// <param name="NonPlanifies">Les foyers non planifiés faute de capacité dans l'horizon.</param>
/// <param name="Ecartes">Les foyers signalés écartés (refus, attente d'une tentative, fenêtre sans nouvel appel).</param>
public sealed record ChargeDeSecteur(string Secteur, int Demande, int Planifies, int EnRetard, int NonPlanifies, int Ecartes)
{
    /// <summary><see langword="true"/> si la capacité suffit : tout est planifié, rien en retard.</summary>
    public bool Suffit => NonPlanifies == 0 && EnRetard == 0;

    /// <summary>Forme lisible.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() =>
        $"Secteur {Secteur} : demande {Demande}, {Planifies} planifiés dont {EnRetard} en retard, {NonPlanifies} non planifiés faute de capacité, {Ecartes} écartés";
}
