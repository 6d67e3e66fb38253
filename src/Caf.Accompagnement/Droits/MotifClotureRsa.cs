namespace Caf.Accompagnement.Droits;

/// <summary>Le motif de clôture du droit au RSA (code <c>MOTICLORSA</c> des flux Caf/MSA).</summary>
/// <remarks>Codes documentés par le projet public carnet-de-bord (<c>backend/cdb/caf_msa/parse_infos_foyer_rsa.py</c>).
/// <see cref="EcheanceQuatreMoisSansDroit"/> (ECH) est la rupture de droits consommée : le droit s'est éteint après
/// quatre mois sans droit.</remarks>
public sealed class MotifClotureRsa : EnumerationCaf<MotifClotureRsa>, IEnumerationCaf<MotifClotureRsa>
{
    /// <summary>PCG : clôture sur décision du président du conseil départemental.</summary>
    public static readonly MotifClotureRsa DecisionPcd = new(nameof(DecisionPcd), "PCG", "Clôture suite à décision du président du conseil départemental");

    /// <summary>ECH : clôture suite à échéance, après 4 mois sans droit.</summary>
    public static readonly MotifClotureRsa EcheanceQuatreMoisSansDroit = new(nameof(EcheanceQuatreMoisSansDroit), "ECH", "Clôture suite à échéance (4 mois sans droit)");

    /// <summary>EFF : clôture suite à l'annulation de la bascule RMI/API.</summary>
    public static readonly MotifClotureRsa AnnulationBascule = new(nameof(AnnulationBascule), "EFF", "Clôture suite à l'annulation de la bascule RMI/API");

    /// <summary>MUT : clôture suite à mutation du dossier dans un autre organisme.</summary>
    public static readonly MotifClotureRsa Mutation = new(nameof(Mutation), "MUT", "Clôture suite à mutation du dossier dans un autre organisme");

    /// <summary>RGD : clôture pour regroupement de dossiers.</summary>
    public static readonly MotifClotureRsa Regroupement = new(nameof(Regroupement), "RGD", "Clôture pour regroupement de dossiers");

    /// <summary>RFD : radiation, fin de droit.</summary>
    public static readonly MotifClotureRsa RadiationFinDeDroit = new(nameof(RadiationFinDeDroit), "RFD", "Radiation, fin de droit");

    /// <summary>RAU : radiation, autre motif.</summary>
    public static readonly MotifClotureRsa RadiationAutreMotif = new(nameof(RadiationAutreMotif), "RAU", "Radiation, autre motif");

    /// <summary>RST : radiation, option RSTA (outre-mer).</summary>
    public static readonly MotifClotureRsa OptionRsta = new(nameof(OptionRsta), "RST", "Radiation, option RSTA (outre-mer)");

    /// <summary>RSO : radiation, option RSO (outre-mer).</summary>
    public static readonly MotifClotureRsa OptionRso = new(nameof(OptionRso), "RSO", "Radiation, option RSO (outre-mer)");

    private MotifClotureRsa(string nom, string code, string libelle)
        : base(nom, code, libelle)
    {
    }

    /// <inheritdoc/>
    public static IReadOnlyList<MotifClotureRsa> Toutes { get; } =
        [DecisionPcd, EcheanceQuatreMoisSansDroit, AnnulationBascule, Mutation, Regroupement, RadiationFinDeDroit, RadiationAutreMotif, OptionRsta, OptionRso];

    /// <inheritdoc/>
    public static string NomDuType => "motif de clôture du RSA (MOTICLORSA)";

    /// <summary><see langword="true"/> pour ECH : le droit s'est éteint faute de droit pendant quatre mois (rupture consommée).</summary>
    public bool EstAbsenceDeDroit => this == EcheanceQuatreMoisSansDroit;
}
