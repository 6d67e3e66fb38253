using NodaTime;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// L'identification d'un flux « RSA bénéficiaires » (bloc <c>IdentificationFlux</c> du schéma VRSB0801) : l'application
/// émettrice, le type et la nature du flux, sa date et son heure de création, et sa date de référence.
/// </summary>
/// <remarks>
/// <para>Longueurs du schéma : <c>APPLIEME</c> 3, <c>NUMVERSIONAPPLIEME</c> 4, <c>TYPEFLUX</c> 1, <c>NATFLUX</c> 1
/// caractères au plus (vérifiées par <see cref="Create"/>).</para>
/// <para><see cref="DateReference"/> (<c>DTREF</c>) date les valeurs du flux : la soumission de chaque personne aux droits
/// et devoirs vaut depuis cette date (<see cref="PersonneRsa.DroitsEtDevoirs"/>).</para>
/// </remarks>
public sealed class EnteteFluxRsa : IEquatable<EnteteFluxRsa>
{
    private EnteteFluxRsa(string application, string version, string typeFlux, string natureFlux, LocalDate dateCreation, LocalTime heureCreation, LocalDate dateReference)
    {
        Application = application;
        Version = version;
        TypeFlux = typeFlux;
        NatureFlux = natureFlux;
        DateCreation = dateCreation;
        HeureCreation = heureCreation;
        DateReference = dateReference;
    }

    /// <summary>L'application émettrice (<c>APPLIEME</c> : <c>CRI</c> Cristal pour la Caf, <c>AGO</c> Agora pour la MSA).</summary>
    public string Application { get; }

    /// <summary>La version de l'application émettrice (<c>NUMVERSIONAPPLIEME</c>).</summary>
    public string Version { get; }

    /// <summary>Le type du flux (<c>TYPEFLUX</c> : <c>M</c> mensuel, <c>I</c> infra-mensuel dans les échanges publiés).</summary>
    public string TypeFlux { get; }

    /// <summary>La nature du flux (<c>NATFLUX</c>).</summary>
    public string NatureFlux { get; }

    /// <summary>La date de création du flux (<c>DTCREAFLUX</c>).</summary>
    public LocalDate DateCreation { get; }

    /// <summary>L'heure de création du flux (<c>HEUCREAFLUX</c>).</summary>
    public LocalTime HeureCreation { get; }

    /// <summary>La date de référence du flux (<c>DTREF</c>), fin de la période que le flux décrit.</summary>
    public LocalDate DateReference { get; }

    /// <summary>Crée l'identification d'un flux.</summary>
    /// <param name="application">L'application émettrice (3 caractères au plus).</param>
    /// <param name="version">La version de l'application (4 caractères au plus).</param>
    /// <param name="typeFlux">Le type du flux (1 caractère au plus).</param>
    /// <param name="natureFlux">La nature du flux (1 caractère au plus).</param>
    /// <param name="dateCreation">La date de création.</param>
    /// <param name="heureCreation">L'heure de création.</param>
    /// <param name="dateReference">La date de référence.</param>
    /// <returns>L'identification, ou les erreurs <c>flux.texte.longueur</c> / <c>flux.texte.caractere</c>.</returns>
    public static Resultat<EnteteFluxRsa> Create(string application, string version, string typeFlux, string natureFlux, LocalDate dateCreation, LocalTime heureCreation, LocalDate dateReference)
    {
        var erreurs = new List<Erreur>();
        Textes.Verifier(application, 3, "APPLIEME", erreurs);
        Textes.Verifier(version, 4, "NUMVERSIONAPPLIEME", erreurs);
        Textes.Verifier(typeFlux, 1, "TYPEFLUX", erreurs);
        Textes.Verifier(natureFlux, 1, "NATFLUX", erreurs);
        return erreurs.Count > 0
            ? Resultat<EnteteFluxRsa>.Echec(erreurs)
            : new EnteteFluxRsa(application, version, typeFlux, natureFlux, dateCreation, heureCreation, dateReference);
    }

    /// <inheritdoc/>
    public bool Equals(EnteteFluxRsa? other) =>
        other is not null && Application == other.Application && Version == other.Version && TypeFlux == other.TypeFlux
        && NatureFlux == other.NatureFlux && DateCreation == other.DateCreation && HeureCreation == other.HeureCreation
        && DateReference == other.DateReference;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EnteteFluxRsa);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Application, Version, TypeFlux, NatureFlux, DateCreation, HeureCreation, DateReference);

    /// <summary>L'application, le type et la date de référence.</summary>
    /// <returns>Le texte.</returns>
    public override string ToString() => $"Flux RSA {Application} {Version}, type {TypeFlux}, référence au {Dates.Formater(DateReference)}";
}
