namespace Caf.Accompagnement.Droits;

/// <summary>
/// L'état du droit au RSA tel que la Caf le transmet au département (code <c>ETATDOSRSA</c> des flux Caf/MSA
/// « infos foyer RSA »).
/// </summary>
/// <remarks>
/// <para>Codes documentés par le projet public carnet-de-bord (<c>backend/cdb/caf_msa/parse_infos_foyer_rsa.py</c>).</para>
/// <para>Ordre de détection donné par la Caf : 0, 1, 5, 3, 4, 2, 6 (<see cref="OrdreDeDetection"/>). Quand un flux
/// rapporte plusieurs états pour un même dossier, l'état retenu est le premier dans cet ordre
/// (<see cref="Retenir(IEnumerable{EtatDossierRsa})"/>).</para>
/// </remarks>
public sealed class EtatDossierRsa : EnumerationCaf<EtatDossierRsa>, IEnumerationCaf<EtatDossierRsa>
{
    /// <summary>0 : nouvelle demande en attente de décision du conseil départemental.</summary>
    public static readonly EtatDossierRsa EnAttenteDeDecision = new(nameof(EnAttenteDeDecision), "0", "Nouvelle demande en attente de décision", 0, EtatDroit.EnInstruction);

    /// <summary>1 : droit refusé.</summary>
    public static readonly EtatDossierRsa Refuse = new(nameof(Refuse), "1", "Droit refusé", 1, EtatDroit.Refuse);

    /// <summary>2 : droit ouvert et versable.</summary>
    public static readonly EtatDossierRsa OuvertVersable = new(nameof(OuvertVersable), "2", "Droit ouvert et versable", 5, EtatDroit.Ouvert);

    /// <summary>3 : droit ouvert et suspendu (le montant est calculable, mais l'existence du droit est remise en cause).</summary>
    public static readonly EtatDossierRsa OuvertSuspendu = new(nameof(OuvertSuspendu), "3", "Droit ouvert et suspendu (existence du droit remise en cause)", 3, EtatDroit.Suspendu);

    /// <summary>4 : droit ouvert mais versement suspendu (le montant du droit n'est pas calculable).</summary>
    public static readonly EtatDossierRsa VersementSuspendu = new(nameof(VersementSuspendu), "4", "Droit ouvert mais versement suspendu (montant non calculable)", 4, EtatDroit.Suspendu);

    /// <summary>5 : droit clos.</summary>
    public static readonly EtatDossierRsa Clos = new(nameof(Clos), "5", "Droit clos", 2, EtatDroit.Clos);

    /// <summary>6 : droit clos sur un mois antérieur ayant eu des créances calculées.</summary>
    public static readonly EtatDossierRsa ClosMoisAnterieur = new(nameof(ClosMoisAnterieur), "6", "Droit clos sur un mois antérieur", 6, EtatDroit.Clos);

    private EtatDossierRsa(string nom, string code, string libelle, int rang, EtatDroit etat)
        : base(nom, code, libelle)
    {
        RangDeDetection = rang;
        EtatGenerique = etat;
    }

    /// <inheritdoc/>
    public static IReadOnlyList<EtatDossierRsa> Toutes { get; } =
        [EnAttenteDeDecision, Refuse, OuvertVersable, OuvertSuspendu, VersementSuspendu, Clos, ClosMoisAnterieur];

    /// <summary>Les états dans l'ordre de détection de la Caf : 0, 1, 5, 3, 4, 2, 6.</summary>
    public static IReadOnlyList<EtatDossierRsa> OrdreDeDetection { get; } =
        [EnAttenteDeDecision, Refuse, Clos, OuvertSuspendu, VersementSuspendu, OuvertVersable, ClosMoisAnterieur];

    /// <inheritdoc/>
    public static string NomDuType => "état du dossier RSA (ETATDOSRSA)";

    /// <summary>Rang dans l'ordre de détection (0 pour le code 0, 1 pour le code 1, 2 pour le code 5…).</summary>
    public int RangDeDetection { get; }

    /// <summary>L'état générique correspondant (commun à toutes les prestations).</summary>
    public EtatDroit EtatGenerique { get; }

    /// <summary>L'état retenu parmi plusieurs états rapportés : le premier dans l'ordre de détection de la Caf.</summary>
    /// <param name="etats">Les états rapportés (au moins un).</param>
    /// <returns>L'état retenu.</returns>
    /// <exception cref="ArgumentException">Aucun état.</exception>
    public static EtatDossierRsa Retenir(IEnumerable<EtatDossierRsa> etats)
    {
        EtatDossierRsa? retenu = null;
        foreach (var e in Utility.Preconditions.CheckNotNull(etats))
        {
            if (retenu is null || e.RangDeDetection < retenu.RangDeDetection)
            {
                retenu = e;
            }
        }

        return retenu ?? throw new ArgumentException("Au moins un état est nécessaire.", nameof(etats));
    }
}
