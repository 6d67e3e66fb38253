using NodaTime;

namespace Caf.Accompagnement.Droits;

/// <summary>
/// Le droit d'un foyer à une prestation et son état à une date : pour le RSA, les codes réels de la Caf
/// (<see cref="EtatDossierRsa"/>, <see cref="MotifSuspensionRsa"/>, <see cref="MotifClotureRsa"/>) ; pour les autres
/// prestations, l'état générique (<see cref="EtatDroit"/>) et ses deux précisions utiles à la prévention des ruptures.
/// </summary>
/// <remarks>
/// <para>Invariants (vérifiés par <see cref="Foyers.FoyerBuilder.Build"/>) : un motif de suspension seulement pour un
/// droit suspendu, un motif de clôture seulement pour un droit clos ; le RSA porte toujours son code ETATDOSRSA.</para>
/// <para>Construit uniquement par <see cref="Foyers.FoyerBuilder.AvecDroit"/> et
/// <see cref="Foyers.FoyerBuilder.AvecDroitRsa"/>.</para>
/// </remarks>
public sealed class Droit : IEquatable<Droit>
{
    internal Droit(
        Prestation prestation,
        EtatDroit etat,
        LocalDate depuis,
        EtatDossierRsa? etatRsa,
        MotifSuspensionRsa? motifSuspensionRsa,
        MotifClotureRsa? motifClotureRsa,
        bool suspenduFauteDePiece,
        bool closApresAbsenceDeDroit)
    {
        Prestation = prestation;
        Etat = etat;
        Depuis = depuis;
        EtatRsa = etatRsa;
        MotifSuspensionRsa = motifSuspensionRsa;
        MotifClotureRsa = motifClotureRsa;
        SuspenduFauteDePiece = suspenduFauteDePiece;
        ClosApresAbsenceDeDroit = closApresAbsenceDeDroit;
    }

    /// <summary>La prestation.</summary>
    public Prestation Prestation { get; }

    /// <summary>L'état générique du droit.</summary>
    public EtatDroit Etat { get; }

    /// <summary>La date depuis laquelle le droit est dans cet état.</summary>
    public LocalDate Depuis { get; }

    /// <summary>Pour le RSA : l'état du dossier (ETATDOSRSA) ; <see langword="null"/> pour une autre prestation.</summary>
    public EtatDossierRsa? EtatRsa { get; }

    /// <summary>Pour le RSA suspendu : le motif de suspension du versement (MOTISUSVERSRSA), s'il est connu.</summary>
    public MotifSuspensionRsa? MotifSuspensionRsa { get; }

    /// <summary>Pour le RSA clos : le motif de clôture (MOTICLORSA), s'il est connu.</summary>
    public MotifClotureRsa? MotifClotureRsa { get; }

    /// <summary>
    /// Droit suspendu faute d'une pièce justificative ou d'une démarche : pour le RSA, motif de suspension marqué
    /// <see cref="MotifSuspensionRsa.PorteSurUnePiece"/> ; pour les autres prestations, la précision donnée à la construction.
    /// </summary>
    public bool SuspenduFauteDePiece { get; }

    /// <summary>Droit clos après quatre mois sans droit (MOTICLORSA ECH pour le RSA) : la rupture est consommée.</summary>
    public bool ClosApresAbsenceDeDroit { get; }

    /// <summary>Le code de l'état tel que la Caf le transmet : ETATDOSRSA pour le RSA, code générique sinon.</summary>
    public string CodeEtat => EtatRsa?.Code ?? Etat.Code;

    /// <inheritdoc/>
    public bool Equals(Droit? other) =>
        other is not null && Prestation == other.Prestation && Etat == other.Etat && Depuis == other.Depuis
        && EtatRsa == other.EtatRsa && MotifSuspensionRsa == other.MotifSuspensionRsa && MotifClotureRsa == other.MotifClotureRsa
        && SuspenduFauteDePiece == other.SuspenduFauteDePiece && ClosApresAbsenceDeDroit == other.ClosApresAbsenceDeDroit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Droit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Prestation, Etat, Depuis, EtatRsa, MotifSuspensionRsa, MotifClotureRsa);

    /// <summary>La prestation, l'état et ses motifs.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString()
    {
        var etat = EtatRsa is { } e ? $"{e.Libelle} (ETATDOSRSA {e.Code})" : Etat.Libelle;
        var motif = MotifSuspensionRsa is { } s ? $", motif {s.Code} « {s.Libelle} »"
            : MotifClotureRsa is { } c ? $", motif {c.Code} « {c.Libelle} »"
            : SuspenduFauteDePiece ? ", faute de pièce justificative"
            : ClosApresAbsenceDeDroit ? ", après quatre mois sans droit"
            : string.Empty;
        return $"{Prestation.Libelle} : {etat}{motif} depuis le {Dates.Formater(Depuis)}";
    }
}
