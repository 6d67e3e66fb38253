using Caf.Accompagnement.Droits;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class FoyerDroitsTest
{
    private static readonly LocalDate Date = new(2022, 6, 1);

    [Fact]
    public void Droits_et_pieces_attaches_au_foyer()
    {
        var foyer = FoyersDeTest.Builder()
            .AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Date, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie)
            .AvecDroit(Prestation.Apl, EtatDroit.Ouvert, Date)
            .AvecPieceDemandee(NaturePiece.JustificatifDeLogement, Date, Date.PlusDays(30))
            .AvecPieceDemandee(NaturePiece.DeclarationTrimestrielle, Date, Date.PlusDays(15), Date.PlusDays(3), Prestation.Rsa)
            .Valide();

        Assert.Equal(2, foyer.Droits.Length);
        var rsa = foyer.DroitA(Prestation.Rsa)!;
        Assert.Equal(EtatDroit.Suspendu, rsa.Etat);
        Assert.Equal("4", rsa.CodeEtat);
        Assert.True(rsa.SuspenduFauteDePiece);
        Assert.Null(foyer.DroitA(Prestation.Aah));
        Assert.Equal([NaturePiece.DeclarationTrimestrielle, NaturePiece.JustificatifDeLogement], foyer.PiecesDemandees.Select(p => p.Nature));
        Assert.True(foyer.PiecesDemandees[0].EstRecueAu(Date.PlusDays(3)));
        Assert.False(foyer.PiecesDemandees[0].EstRecueAu(Date.PlusDays(2)));
    }

    [Fact]
    public void Foyer_sans_droit_a_des_listes_vides() => Assert.True(FoyersDeTest.Builder().Valide().Droits.IsEmpty);

    public static TheoryData<string, Func<global::Caf.Accompagnement.Foyers.FoyerBuilder, global::Caf.Accompagnement.Foyers.FoyerBuilder>> Refus => new()
    {
        { "foyer.droit.doublon", b => b.AvecDroit(Prestation.Apl, EtatDroit.Ouvert, Date).AvecDroit(Prestation.Apl, EtatDroit.Clos, Date) },
        { "foyer.droit.rsa", b => b.AvecDroit(Prestation.Rsa, EtatDroit.Ouvert, Date) },
        { "foyer.droit.date", b => b.AvecDroit(Prestation.Apl, EtatDroit.Ouvert, new LocalDate(1984, 12, 31)) },
        { "foyer.droit.motif", b => b.AvecDroitRsa(EtatDossierRsa.OuvertVersable, Date, MotifSuspensionRsa.DeclarationTrimestrielleNonFournie) },
        { "foyer.droit.motif", b => b.AvecDroitRsa(EtatDossierRsa.VersementSuspendu, Date, cloture: MotifClotureRsa.EcheanceQuatreMoisSansDroit) },
        { "foyer.droit.motif", b => b.AvecDroit(Prestation.PrimeActivite, EtatDroit.Ouvert, Date, fauteDePiece: true) },
        { "foyer.droit.motif", b => b.AvecDroit(Prestation.PrimeActivite, EtatDroit.Suspendu, Date, apresAbsenceDeDroit: true) },
        { "foyer.piece.limite", b => b.AvecPieceDemandee(NaturePiece.Autre, Date, Date.PlusDays(-1)) },
        { "foyer.piece.reception", b => b.AvecPieceDemandee(NaturePiece.Autre, Date, Date.PlusDays(10), Date.PlusDays(-1)) },
        { "foyer.piece.date", b => b.AvecPieceDemandee(NaturePiece.Autre, new LocalDate(1980, 1, 1), Date) },
    };

    [Theory]
    [MemberData(nameof(Refus))]
    public void Le_constructeur_refuse_un_droit_ou_une_piece_incoherents(string code, Func<global::Caf.Accompagnement.Foyers.FoyerBuilder, global::Caf.Accompagnement.Foyers.FoyerBuilder> ajout)
    {
        var r = ajout(FoyersDeTest.Builder()).Build();

        Assert.False(r.Reussi);
        Assert.Contains(code, r.Erreurs.Select(e => e.Code));
    }

    [Fact]
    public void Limite_le_jour_de_la_demande_et_reception_le_jour_meme_sont_admises() =>
        Assert.True(FoyersDeTest.Builder().AvecPieceDemandee(NaturePiece.ReleveIdentiteBancaire, Date, Date, Date).Build().Reussi);
}
