/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Vswitch Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage#getVswitchType()
 * @model
 * @generated
 */
public enum VswitchType implements Enumerator {
	/**
	 * The '<em><b>QDIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QDIO_VALUE
	 * @generated
	 * @ordered
	 */
	QDIO(0, "QDIO", "QDIO"),

	/**
	 * The '<em><b>IVL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inter-VSWITCH link; fixed ETHERNET, PORTBASED [C].
	 * <!-- end-model-doc -->
	 * @see #IVL_VALUE
	 * @generated
	 * @ordered
	 */
	IVL(1, "IVL", "IVL");

	/**
	 * The '<em><b>QDIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QDIO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QDIO_VALUE = 0;

	/**
	 * The '<em><b>IVL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inter-VSWITCH link; fixed ETHERNET, PORTBASED [C].
	 * <!-- end-model-doc -->
	 * @see #IVL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IVL_VALUE = 1;

	/**
	 * An array of all the '<em><b>Vswitch Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VswitchType[] VALUES_ARRAY =
		new VswitchType[] {
			QDIO,
			IVL,
		};

	/**
	 * A public read-only list of all the '<em><b>Vswitch Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VswitchType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Vswitch Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VswitchType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VswitchType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vswitch Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VswitchType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VswitchType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Vswitch Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VswitchType get(int value) {
		switch (value) {
			case QDIO_VALUE: return QDIO;
			case IVL_VALUE: return IVL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VswitchType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VswitchType
