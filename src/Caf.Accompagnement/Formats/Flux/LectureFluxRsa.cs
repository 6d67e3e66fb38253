using System.Collections;

namespace Caf.Accompagnement.Flux;

/// <summary>
/// Une lecture en cours d'un flux « RSA bénéficiaires » : énumère les dossiers un par un (mémoire constante, le flux
/// n'est jamais chargé en entier), puis donne le bilan (<see cref="Resume"/>).
/// </summary>
/// <remarks>
/// <para>Énumérable une seule fois (c'est une lecture de flux). L'identification du flux (<see cref="Entete"/>) est
/// connue dès le premier dossier rendu ; le bilan, une fois l'énumération terminée.</para>
/// <para>Ne lève pas d'exception pour une donnée d'entrée : un document mal formé (ou qui déclare une DTD) arrête la
/// lecture avec une erreur <c>flux.xml.illisible</c>, portée par le dossier en cours s'il y en a un (il est alors
/// refusé), sinon par <see cref="ResumeDeLecture.Erreurs"/>.</para>
/// </remarks>
public sealed class LectureFluxRsa : IEnumerable<DossierLu>, IDisposable
{
    private readonly LecteurFluxRsa _lecteur;
    private bool _commencee;
    private ResumeDeLecture? _resume;

    internal LectureFluxRsa(LecteurFluxRsa lecteur) => _lecteur = lecteur;

    /// <summary>L'identification du flux, ou <see langword="null"/> tant qu'elle n'est pas lue (ou si elle est invalide).</summary>
    public EnteteFluxRsa? Entete => _lecteur.Entete;

    /// <summary><see langword="true"/> une fois l'énumération terminée.</summary>
    public bool Terminee => _resume is not null;

    /// <summary>Le bilan de la lecture.</summary>
    /// <exception cref="InvalidOperationException">L'énumération n'est pas terminée.</exception>
    public ResumeDeLecture Resume => _resume ?? throw new InvalidOperationException("Le bilan n'est connu qu'une fois tous les dossiers énumérés.");

    /// <summary>Lit le flux jusqu'au bout en ne gardant que le bilan (les dossiers lus sont abandonnés).</summary>
    /// <returns>Le bilan.</returns>
    public ResumeDeLecture Terminer()
    {
        foreach (var _ in this)
        {
        }

        return Resume;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">La lecture a déjà été énumérée.</exception>
    public IEnumerator<DossierLu> GetEnumerator()
    {
        if (_commencee)
        {
            throw new InvalidOperationException("Une lecture de flux ne s'énumère qu'une fois.");
        }

        _commencee = true;
        return Parcourir();
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Libère le lecteur XML (le flux d'entrée reste à la charge de l'appelant).</summary>
    public void Dispose() => _lecteur.Dispose();

    private IEnumerator<DossierLu> Parcourir()
    {
        if (_lecteur.LireDebut())
        {
            while (true)
            {
                var continuer = _lecteur.Suivant(out var dossier);
                if (dossier is not null)
                {
                    yield return dossier;
                }

                if (!continuer)
                {
                    break;
                }
            }
        }

        _resume = _lecteur.Bilan();
        _lecteur.Dispose();
    }
}
