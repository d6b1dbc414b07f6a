/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.DasdVolume;
import ssiplan.model.ResidenceUnit;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.SystemResidence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Residence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getCheckpointVolume <em>Checkpoint Volume</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getCheckpointStart <em>Checkpoint Start</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getCheckpointSize <em>Checkpoint Size</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getWarmstartVolume <em>Warmstart Volume</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getWarmstartStart <em>Warmstart Start</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getWarmstartSize <em>Warmstart Size</em>}</li>
 *   <li>{@link ssiplan.model.impl.SystemResidenceImpl#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemResidenceImpl extends EObjectImpl implements SystemResidence {
	/**
	 * The cached value of the '{@link #getCheckpointVolume() <em>Checkpoint Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointVolume()
	 * @generated
	 * @ordered
	 */
	protected DasdVolume checkpointVolume;

	/**
	 * The default value of the '{@link #getCheckpointStart() <em>Checkpoint Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointStart()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCheckpointStart() <em>Checkpoint Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointStart()
	 * @generated
	 * @ordered
	 */
	protected int checkpointStart = CHECKPOINT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointSize() <em>Checkpoint Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointSize()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCheckpointSize() <em>Checkpoint Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointSize()
	 * @generated
	 * @ordered
	 */
	protected int checkpointSize = CHECKPOINT_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWarmstartVolume() <em>Warmstart Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmstartVolume()
	 * @generated
	 * @ordered
	 */
	protected DasdVolume warmstartVolume;

	/**
	 * The default value of the '{@link #getWarmstartStart() <em>Warmstart Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmstartStart()
	 * @generated
	 * @ordered
	 */
	protected static final int WARMSTART_START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWarmstartStart() <em>Warmstart Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmstartStart()
	 * @generated
	 * @ordered
	 */
	protected int warmstartStart = WARMSTART_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarmstartSize() <em>Warmstart Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmstartSize()
	 * @generated
	 * @ordered
	 */
	protected static final int WARMSTART_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWarmstartSize() <em>Warmstart Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmstartSize()
	 * @generated
	 * @ordered
	 */
	protected int warmstartSize = WARMSTART_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final ResidenceUnit UNIT_EDEFAULT = ResidenceUnit.CYL;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected ResidenceUnit unit = UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemResidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.SYSTEM_RESIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume getCheckpointVolume() {
		if (checkpointVolume != null && checkpointVolume.eIsProxy()) {
			InternalEObject oldCheckpointVolume = (InternalEObject)checkpointVolume;
			checkpointVolume = (DasdVolume)eResolveProxy(oldCheckpointVolume);
			if (checkpointVolume != oldCheckpointVolume) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME, oldCheckpointVolume, checkpointVolume));
			}
		}
		return checkpointVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdVolume basicGetCheckpointVolume() {
		return checkpointVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointVolume(DasdVolume newCheckpointVolume) {
		DasdVolume oldCheckpointVolume = checkpointVolume;
		checkpointVolume = newCheckpointVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME, oldCheckpointVolume, checkpointVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointStart() {
		return checkpointStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointStart(int newCheckpointStart) {
		int oldCheckpointStart = checkpointStart;
		checkpointStart = newCheckpointStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_START, oldCheckpointStart, checkpointStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointSize() {
		return checkpointSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointSize(int newCheckpointSize) {
		int oldCheckpointSize = checkpointSize;
		checkpointSize = newCheckpointSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_SIZE, oldCheckpointSize, checkpointSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DasdVolume getWarmstartVolume() {
		if (warmstartVolume != null && warmstartVolume.eIsProxy()) {
			InternalEObject oldWarmstartVolume = (InternalEObject)warmstartVolume;
			warmstartVolume = (DasdVolume)eResolveProxy(oldWarmstartVolume);
			if (warmstartVolume != oldWarmstartVolume) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME, oldWarmstartVolume, warmstartVolume));
			}
		}
		return warmstartVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DasdVolume basicGetWarmstartVolume() {
		return warmstartVolume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmstartVolume(DasdVolume newWarmstartVolume) {
		DasdVolume oldWarmstartVolume = warmstartVolume;
		warmstartVolume = newWarmstartVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME, oldWarmstartVolume, warmstartVolume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarmstartStart() {
		return warmstartStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmstartStart(int newWarmstartStart) {
		int oldWarmstartStart = warmstartStart;
		warmstartStart = newWarmstartStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_START, oldWarmstartStart, warmstartStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarmstartSize() {
		return warmstartSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmstartSize(int newWarmstartSize) {
		int oldWarmstartSize = warmstartSize;
		warmstartSize = newWarmstartSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_SIZE, oldWarmstartSize, warmstartSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResidenceUnit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(ResidenceUnit newUnit) {
		ResidenceUnit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SYSTEM_RESIDENCE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME:
				if (resolve) return getCheckpointVolume();
				return basicGetCheckpointVolume();
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_START:
				return getCheckpointStart();
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_SIZE:
				return getCheckpointSize();
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME:
				if (resolve) return getWarmstartVolume();
				return basicGetWarmstartVolume();
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_START:
				return getWarmstartStart();
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_SIZE:
				return getWarmstartSize();
			case SsiplanPackage.SYSTEM_RESIDENCE__UNIT:
				return getUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME:
				setCheckpointVolume((DasdVolume)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_START:
				setCheckpointStart((Integer)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_SIZE:
				setCheckpointSize((Integer)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME:
				setWarmstartVolume((DasdVolume)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_START:
				setWarmstartStart((Integer)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_SIZE:
				setWarmstartSize((Integer)newValue);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__UNIT:
				setUnit((ResidenceUnit)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME:
				setCheckpointVolume((DasdVolume)null);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_START:
				setCheckpointStart(CHECKPOINT_START_EDEFAULT);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_SIZE:
				setCheckpointSize(CHECKPOINT_SIZE_EDEFAULT);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME:
				setWarmstartVolume((DasdVolume)null);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_START:
				setWarmstartStart(WARMSTART_START_EDEFAULT);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_SIZE:
				setWarmstartSize(WARMSTART_SIZE_EDEFAULT);
				return;
			case SsiplanPackage.SYSTEM_RESIDENCE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_VOLUME:
				return checkpointVolume != null;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_START:
				return checkpointStart != CHECKPOINT_START_EDEFAULT;
			case SsiplanPackage.SYSTEM_RESIDENCE__CHECKPOINT_SIZE:
				return checkpointSize != CHECKPOINT_SIZE_EDEFAULT;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_VOLUME:
				return warmstartVolume != null;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_START:
				return warmstartStart != WARMSTART_START_EDEFAULT;
			case SsiplanPackage.SYSTEM_RESIDENCE__WARMSTART_SIZE:
				return warmstartSize != WARMSTART_SIZE_EDEFAULT;
			case SsiplanPackage.SYSTEM_RESIDENCE__UNIT:
				return unit != UNIT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (checkpointStart: ");
		result.append(checkpointStart);
		result.append(", checkpointSize: ");
		result.append(checkpointSize);
		result.append(", warmstartStart: ");
		result.append(warmstartStart);
		result.append(", warmstartSize: ");
		result.append(warmstartSize);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //SystemResidenceImpl
