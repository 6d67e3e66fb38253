namespace Caf.Accompagnement.Tests;

public sealed class MontantTest
{
    [Fact]
    public void Format_francais() => Assert.Equal("1 645,58 €", Montant.FromEuros(1645.58m).ToString());
}
